namespace ExchangeHub.Web.Tests.Hosting.Storage;

public sealed class SqliteReminderSiloTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReceiveReminder_AfterSiloRestart_KeepsTicking()
    {
        int ticksBeforeRestart;
        await using (var silo = await TestSilo.StartAsync(_folder.Path))
        {
            var probe = silo.Grains.GetGrain<IReminderProbeGrain>("probe");
            await probe.StartAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            ticksBeforeRestart = await WaitForTicksAsync(probe, atLeast: 1);
        }

        await using var restarted = await TestSilo.StartAsync(_folder.Path);
        var restartedProbe = restarted.Grains.GetGrain<IReminderProbeGrain>("probe");
        var ticksAfterRestart = await WaitForTicksAsync(restartedProbe, atLeast: ticksBeforeRestart + 2);
        await restartedProbe.StopAsync();

        Assert.True(ticksAfterRestart >= ticksBeforeRestart + 2);
    }

    private static async Task<int> WaitForTicksAsync(IReminderProbeGrain probe, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var ticks = await probe.GetTicksAsync();
            if (ticks >= atLeast || DateTime.UtcNow > deadline)
            {
                return ticks;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
