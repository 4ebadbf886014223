using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Accounts;

public sealed class PersonNamesTests(ClusterFixture fixture)
{
    [Fact]
    public async Task FindAsync_SamePersonTwice_AsksTheirGrainOnce()
    {
        var id = Ids.New();
        await fixture.Grains.GetGrain<IUserGrain>(id).RegisterAsync(new NewAccount($"{id}@example.jp", "山田 花子", id, "hash", []));
        var names = new PersonNames(fixture.Grains);
        var asked = CallArrivals.WatchFor(id, nameof(IUserGrain.GetAsync));

        var first = await names.FindAsync(id);
        var second = await names.FindAsync(id);

        Assert.Equal("山田 花子", first);
        Assert.Equal(first, second);
        Assert.Equal(1, asked.Arrived);
    }

    [Fact]
    public async Task FindAsync_BeforeTheAccountExists_FindsItOnceRegistered()
    {
        var id = Ids.New();
        var names = new PersonNames(fixture.Grains);

        var before = await names.FindAsync(id);
        await fixture.Grains.GetGrain<IUserGrain>(id).RegisterAsync(new NewAccount($"{id}@example.jp", "後藤", id, "hash", []));
        var after = await names.FindAsync(id);

        Assert.Null(before);
        Assert.Equal("後藤", after);
    }
}
