namespace ExchangeHub.Core.Features.Consortia;

public static class MemberStates
{
    public const string Invited = "invited";
    public const string Joined = "joined";
    public const string Declined = "declined";
    public const string Left = "left";
}
