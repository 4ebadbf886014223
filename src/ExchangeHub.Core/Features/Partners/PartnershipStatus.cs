namespace ExchangeHub.Core.Features.Partners;

public static class PartnershipStatus
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
}
