using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Moderation;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Moderation;

public sealed class ModerationGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task FlagAsync_SamePersonTwiceAndAnother_KeepsOneReportEach()
    {
        var threadId = Ids.New();
        var moderation = fixture.Grains.GetGrain<IModerationGrain>(0);

        await moderation.FlagAsync(Flag(threadId, "u1", "宣伝です"));
        await moderation.FlagAsync(Flag(threadId, "u1", "宣伝です(再)"));
        var stored = (await moderation.FlagAsync(Flag(threadId, "u2", "不適切"))).ValueOrThrow();

        Assert.Equal(["u1", "u2"], stored.Reports.Select(r => r.UserId));
        Assert.Equal("宣伝です(再)", stored.Reports[0].Reason);
    }

    [Fact]
    public async Task CloseAsync_OpenFlag_TakesItOutOfTheQueueOnce()
    {
        var threadId = Ids.New();
        var moderation = fixture.Grains.GetGrain<IModerationGrain>(0);
        await moderation.FlagAsync(Flag(threadId, "u1", "宣伝です"));

        var closed = await moderation.CloseAsync(threadId, 2);
        var again = await moderation.CloseAsync(threadId, 2);

        Assert.Equal(threadId, closed?.ThreadId);
        Assert.Null(again);
        Assert.DoesNotContain(await moderation.ListAsync(), f => f.ThreadId == threadId);
    }

    private static PostFlag Flag(string threadId, string userId, string reason) =>
        new(threadId, 2, "post", "スレッド", "投稿者", "本文", [new FlagReport(userId, userId, reason, DateTimeOffset.UtcNow)]);
}
