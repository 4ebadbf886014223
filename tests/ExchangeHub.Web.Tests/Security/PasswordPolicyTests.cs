using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Security;

public sealed class PasswordPolicyTests(HubServer server)
{
    [Theory]
    [InlineData("seven77")]
    [InlineData("🐉🐲🦊🦉")] // eight UTF-16 units, but four characters
    [InlineData("password1")]
    [InlineData("Baseball")]
    [InlineData("qwertyuiop")]
    [InlineData("iloveyou")]
    public async Task Register_WeakPassword_Returns400WithPasswordError(string password)
    {
        var response = await RegisterAsync(password);

        await AssertPasswordErrorAsync(response);
    }

    [Theory]
    [InlineData("🐉🐲🦊🦉🐙🦑🦀🐡")]
    [InlineData("東京の空は青い夏")]
    [InlineData("correct horse battery staple")]
    public async Task Register_LongEnoughAndUncommon_Created(string password)
    {
        var response = await RegisterAsync(password);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Register_PassphraseOf128Characters_CreatedAndSignsIn()
    {
        var password = string.Concat(Enumerable.Repeat("山と川🌊", 32));
        var email = $"p{Guid.NewGuid():N}@example.jp";

        var registered = await RegisterAsync(password, email);
        var signedIn = await server.NewClient().PostAsJsonAsync("/api/auth/login", new { email, password });

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task Register_PasswordOver128Characters_Returns400()
    {
        var response = await RegisterAsync(string.Concat(Enumerable.Repeat("山と川🌊", 32)) + "!");

        await AssertPasswordErrorAsync(response);
    }

    [Fact]
    public async Task Register_PasswordIsTheAddress_Returns400()
    {
        var email = $"p{Guid.NewGuid():N}@example.jp";

        var response = await RegisterAsync(email.ToUpperInvariant(), email);

        await AssertPasswordErrorAsync(response);
    }

    [Fact]
    public async Task Register_PasswordIsTheDisplayName_Returns400()
    {
        var response = await RegisterAsync("秋田の山田花子さん", displayName: "秋田の山田花子さん");

        await AssertPasswordErrorAsync(response);
    }

    [Theory]
    [InlineData("", "よく使われていて推測されやすいパスワード")]
    [InlineData("?culture=en", "This password is common and easy to guess")]
    public async Task Register_CommonPassword_SaysSoInTheReadersLanguage(string query, string expected)
    {
        var response = await server.NewClient().PostAsJsonAsync(
            "/api/auth/register" + query, new { email = $"p{Guid.NewGuid():N}@example.jp", password = "sunshine", displayName = "言語 試験" });

        var errors = await AssertPasswordErrorAsync(response);
        Assert.Contains(errors, message => message.Contains(expected, StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> RegisterAsync(string password, string? email = null, string displayName = "パスワード 試験") =>
        server.NewClient().PostAsJsonAsync("/api/auth/register", new { email = email ?? $"p{Guid.NewGuid():N}@example.jp", password, displayName });

    private static async Task<List<string>> AssertPasswordErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").GetProperty("password").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
        Assert.NotEmpty(errors);
        return errors;
    }
}
