using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Pages.Consortia;

public sealed partial class ConsortiaListPageTests(HubServer server)
{
    [Fact]
    public async Task ConsortiaPage_ConsortiumWithPastEvents_FollowsItsStreamWithoutReplayingThem()
    {
        var (lead, leadLab) = await PageVisit.SignUpWithLabAsync(server, "幹事");
        var (partner, partnerLab) = await PageVisit.SignUpWithLabAsync(server, "相手", labName: "遠野市地域DX推進ラボ");
        var id = (await lead.FormConsortiumAsync(leadLab)).GetProperty("id").GetString() ?? "";
        (await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = partnerLab })).EnsureSuccessStatusCode();
        (await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null)).EnsureSuccessStatusCode();
        await using var live = await LiveClient.ConnectAsync(server, lead.Cookies);

        var streams = LiveStreams(await lead.HtmlAsync("/consortia"));
        var followed = streams.Single(s => s.GetProperty("stream").GetString() == $"consortium:{id}").GetProperty("seq");
        // As live-region.js does: a stream given without a seq is followed from its start.
        var replayed = await live.SubscribeAsync($"consortium:{id}", followed.ValueKind == JsonValueKind.Number ? followed.GetInt64() : 0);

        Assert.Empty(replayed);
    }

    private static List<JsonElement> LiveStreams(string html) =>
        JsonSerializer.Deserialize<List<JsonElement>>(WebUtility.HtmlDecode(StreamsAttribute().Match(html).Groups["json"].Value)) ?? [];

    [GeneratedRegex("data-streams=\"(?<json>[^\"]*)\"")]
    private static partial Regex StreamsAttribute();
}
