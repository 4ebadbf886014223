namespace ExchangeHub.Core.Features.Labs;

public static class LabRoles
{
    public const string Admin = "admin";
    public const string Member = "member";
}
