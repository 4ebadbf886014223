using ExchangeHub.Web.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Web.Tests.Security;

public sealed class HubLimitTests(LimitedHubServer server) : IClassFixture<LimitedHubServer>
{
    [Fact]
    public async Task Invoke_OverTheBucket_RefusedWithHubExceptionThenServedAgain()
    {
        await using var client = await LiveClient.ConnectAsync(server);
        for (var call = 0; call < LimitedHubServer.HubCalls; call++)
        {
            await client.InvokeAsync("Unsubscribe", "lab:none");
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("Unsubscribe", "lab:none"));
        server.HubClock.Advance(TimeSpan.FromSeconds(2));
        await client.InvokeAsync("Unsubscribe", "lab:none");

        Assert.Matches("呼び出しが多すぎます|Too many calls", refused.Message);
    }

    [Fact]
    public async Task Invoke_MessageOverTheSizeLimit_ClosesTheConnection()
    {
        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(server.BaseAddress, "/hubs/exchange")).Build();
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        server.HubClock.Advance(TimeSpan.FromMinutes(1));
        await connection.InvokeAsync("Unsubscribe", new string('a', LimitedHubServer.HubMessageBytes / 2));

        await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeAsync("Unsubscribe", new string('a', LimitedHubServer.HubMessageBytes * 2)));
        var error = await closed.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        Assert.Equal(HubConnectionState.Disconnected, connection.State);
        Assert.NotNull(error);
    }
}
