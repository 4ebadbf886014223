namespace ExchangeHub.Core.Common.Security;

public static class Roles
{
    public const string Operator = "operator";
    public const string Mentor = "mentor";
}
