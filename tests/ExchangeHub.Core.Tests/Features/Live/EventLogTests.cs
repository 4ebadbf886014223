using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Live;
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
        await log.AppendAsync(Event(stream, 1, "first"));
        await log.AppendAsync(Event(stream, 2, "written ahead, owner died before storing lastSeq 2"));

        var beforeRetry = await log.ReadAfterAsync(stream, afterSeq: 0, lastSeq: 1);
        await log.AppendAsync(Event(stream, 2, "the real second event"));
        var afterRetry = await log.ReadAfterAsync(stream, afterSeq: 0, lastSeq: 2);

        Assert.Equal(["first"], beforeRetry.Select(e => e.DataJson.Trim('"')));
        Assert.Equal(["first", "the real second event"], afterRetry.Select(e => e.DataJson.Trim('"')));
    }

    private static LiveEvent Event(string stream, long seq, string text) =>
        LiveEvent.Create(stream, seq, "test", DateTimeOffset.UtcNow, text);
}
