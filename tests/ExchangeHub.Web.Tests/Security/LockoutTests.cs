using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Security;

public sealed class LockoutTests(HubServer server)
{
    private const int Attempts = 5;

    [Fact]
    public async Task Login_AfterTheFailuresAllowed_LockedEvenWithTheRightPassword()
    {
        var person = await Person.SignUpAsync(server);
        var client = server.NewClient();
        var failures = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            failures.Add((await LogInAsync(client, person.Email, "wrong-password")).StatusCode);
        }

        var right = await LogInAsync(client, person.Email, person.Password);

        Assert.All(failures, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(1), $"Retry-After was {right.Headers.RetryAfter}.");
    }

    [Fact]
    public async Task Login_RightPasswordBeforeTheLock_StartsTheCountAgain()
    {
        var person = await Person.SignUpAsync(server);
        var client = server.NewClient();
        var statuses = new List<HttpStatusCode>();

        for (var round = 0; round < 3; round++)
        {
            for (var attempt = 0; attempt < Attempts - 1; attempt++)
            {
                statuses.Add((await LogInAsync(client, person.Email, "wrong-password")).StatusCode);
            }

            statuses.Add((await LogInAsync(client, person.Email, person.Password)).StatusCode);
        }

        var expectedRound = Enumerable.Repeat(HttpStatusCode.Unauthorized, Attempts - 1).Append(HttpStatusCode.OK);
        Assert.Equal(expectedRound.Concat(expectedRound).Concat(expectedRound), statuses);
    }

    [Fact]
    public async Task Login_UnknownAddress_AnswersExactlyAsAKnownOne()
    {
        var person = await Person.SignUpAsync(server);
        var unknown = $"nobody{Guid.NewGuid():N}@example.jp";

        var known = await AnswersAsync(person.Email);
        var stranger = await AnswersAsync(unknown);

        Assert.Equal(known, stranger);
        Assert.StartsWith("401|", known[0], StringComparison.Ordinal);
        Assert.StartsWith("429 retry|", known[^1], StringComparison.Ordinal);
    }

    // Status, Retry-After presence and problem body of Attempts + 1 wrong sign-ins, in order.
    private async Task<List<string>> AnswersAsync(string email)
    {
        var client = server.NewClient();
        var answers = new List<string>();
        for (var attempt = 0; attempt <= Attempts; attempt++)
        {
            var response = await LogInAsync(client, email, "wrong-password");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var retry = response.Headers.RetryAfter is null ? "" : " retry";
            answers.Add($"{(int)response.StatusCode}{retry}|{Text(body, "type")}|{Text(body, "title")}|{Text(body, "detail")}");
        }

        return answers;
    }

    private static string Text(JsonElement body, string name) => body.TryGetProperty(name, out var value) ? value.ToString() : "";

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { email, password });
}
