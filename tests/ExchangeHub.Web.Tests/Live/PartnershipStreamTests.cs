using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Live;

public sealed class PartnershipStreamTests(HubServer server)
{
    [Fact]
    public async Task RequestAndAccept_EachSideIsNotifiedLiveOnTheirUserStream()
    {
        var asker = await Person.SignUpAsync(server, "仙北 一郎");
        var asked = await Person.SignUpAsync(server, "遠野 花子");
        var askingLab = (await asker.CreateLabAsync("仙北市ラボ")).GetProperty("id").GetString();
        var askedLab = (await asked.CreateLabAsync("遠野市ラボ")).GetProperty("id").GetString();
        await using var askerLive = await LiveClient.ConnectAsync(server, asker.Cookies);
        await using var askedLive = await LiveClient.ConnectAsync(server, asked.Cookies);
        await askerLive.SubscribeAsync($"user:{asker.Id}", 0);
        await askedLive.SubscribeAsync($"user:{asked.Id}", 0);

        var response = await asker.Client.PostAsJsonAsync("/api/partnership-requests", new { fromLabId = askingLab, toLabId = askedLab, message = "一緒に申請しませんか" });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var toAsked = await askedLive.WaitForAsync(e => Kind(e) == "partnership-request");
        await asked.Client.PostAsync($"/api/partnership-requests/{id}/accept", null);
        var toAsker = await askerLive.WaitForAsync(e => Kind(e) == "partnership-accepted");

        Assert.Equal(("仙北 一郎", "一緒に申請しませんか"), (Notification(toAsked).GetProperty("actorName").GetString(), Notification(toAsked).GetProperty("excerpt").GetString()));
        Assert.Equal("遠野 花子", Notification(toAsker).GetProperty("actorName").GetString());
        Assert.StartsWith("/consortia/", toAsker.Data.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement Notification(LiveEventDto e) => e.Data.GetProperty("notification");

    private static string? Kind(LiveEventDto e) =>
        e.Type == "notification" ? Notification(e).GetProperty("kind").GetString() : null;
}
