namespace ExchangeHub.Web.Tests.Hosting.Storage;

public sealed class SqliteGrainStorageSiloTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task GetAsync_AfterSiloRestart_ReturnsWhatGrainWrote()
    {
        await using (var silo = await TestSilo.StartAsync(_folder.Path))
        {
            await silo.Grains.GetGrain<ICounterGrain>("lab-1").AddAsync(3, "before restart");
        }

        await using var restarted = await TestSilo.StartAsync(_folder.Path);
        var state = await restarted.Grains.GetGrain<ICounterGrain>("lab-1").GetAsync();

        Assert.Equal(new CounterState { Count = 3, Note = "before restart" }, state);
    }

    [Fact]
    public async Task AddAsync_FiftyGrainsInParallel_AllPersist()
    {
        var keys = Enumerable.Range(0, 50).Select(index => $"lab-{index}").ToList();

        await using (var silo = await TestSilo.StartAsync(_folder.Path))
        {
            await Task.WhenAll(keys.Select((key, index) => silo.Grains.GetGrain<ICounterGrain>(key).AddAsync(index, "parallel")));
        }

        await using var restarted = await TestSilo.StartAsync(_folder.Path);
        var states = await Task.WhenAll(keys.Select(key => restarted.Grains.GetGrain<ICounterGrain>(key).GetAsync()));
        Assert.Equal(Enumerable.Range(0, 50), states.Select(state => state.Count));
    }
}
