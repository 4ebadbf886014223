using ExchangeHub.Core.Features.Accounts;

namespace ExchangeHub.Core.Tests.Features.Accounts;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("abcdefgh", 8)]
    [InlineData("パスワード", 5)]
    [InlineData("🐉🐲🦊🦉", 4)]
    public void Length_CountsCodePointsNotUtf16Units(string password, int expected)
    {
        var length = PasswordPolicy.Length(password);

        Assert.Equal(expected, length);
    }

    [Theory]
    [InlineData("password", true)]
    [InlineData("PASSWORD1", true)]
    [InlineData("12345678", true)]
    [InlineData("demo-password-1", false)]
    [InlineData("correct-horse-battery", false)]
    public void IsCommon_ListedCaseInsensitively(string password, bool expected)
    {
        var common = PasswordPolicy.IsCommon(password);

        Assert.Equal(expected, common);
    }

    [Theory]
    [InlineData("hanako.sato@example.jp", true)]
    [InlineData("Hanako.Sato", true)]
    [InlineData("佐藤 花子", true)]
    [InlineData("佐藤花子の庭のひまわり", false)]
    public void RepeatsIdentity_AddressLocalPartOrName(string password, bool expected)
    {
        var repeats = PasswordPolicy.RepeatsIdentity(password, "hanako.sato@example.jp", "佐藤 花子");

        Assert.Equal(expected, repeats);
    }
}
