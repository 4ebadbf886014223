using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Live;

public sealed class EventLogTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AppendAsync_EventWrittenAheadOfAStateNeverStored_IsUnreadAndReplacedByTheNextOne()
    {
        var stream = $"thread:{Ids.New()}";
        var log = new EventLog(fixture.Grains, ClusterFixture.Feed);
        await log.AppendAsync(TextEvents.Of(stream, 1, "first"));
        await log.AppendAsync(TextEvents.Of(stream, 2, "written ahead, owner died before storing lastSeq 2"));

        var beforeRetry = await log.ReadAfterAsync(stream, afterSeq: 0, lastSeq: 1);
        await log.AppendAsync(TextEvents.Of(stream, 2, "the real second event"));
        var afterRetry = await log.ReadAfterAsync(stream, afterSeq: 0, lastSeq: 2);

        Assert.Equal(["first"], beforeRetry.Select(TextEvents.TextOf));
        Assert.Equal(["first", "the real second event"], afterRetry.Select(TextEvents.TextOf));
    }
}
