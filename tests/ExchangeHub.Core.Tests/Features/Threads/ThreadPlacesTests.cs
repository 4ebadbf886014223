using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Threads;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Threads;

public sealed class ThreadPlacesTests(ClusterFixture fixture)
{
    [Fact]
    public async Task FindAsync_SameThreadTwice_AsksTheThreadOnce()
    {
        var id = Ids.New();
        await fixture.Grains.GetGrain<ITopicThreadGrain>(id).CreateAsync(new NewThread("lab:placed", "置き場所", "author", "作成者", null));
        var places = new ThreadPlaces(fixture.Grains);
        var asked = CallArrivals.WatchFor(id, nameof(ITopicThreadGrain.GetAsync));

        var first = await places.FindAsync(id);
        var second = await places.FindAsync(id);

        Assert.Equal(new ThreadRef(id, "lab:placed", "置き場所"), first);
        Assert.Equal(first, second);
        Assert.Equal(1, asked.Arrived);
    }

    [Fact]
    public async Task FindAsync_BeforeTheThreadExists_FindsItOnceCreated()
    {
        var id = Ids.New();
        var places = new ThreadPlaces(fixture.Grains);

        var before = await places.FindAsync(id);
        await fixture.Grains.GetGrain<ITopicThreadGrain>(id).CreateAsync(new NewThread("public", "後から", "author", "作成者", null));
        var after = await places.FindAsync(id);

        Assert.Null(before);
        Assert.Equal("public", after?.Space);
    }
}
