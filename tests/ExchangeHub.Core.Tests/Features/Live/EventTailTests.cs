using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace ExchangeHub.Core.Tests.Features.Live;

public sealed class EventTailTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AppendAsync_PastAFullPage_LeavesThatPageToItsGrainWhichReadsTheRecordsTheTailWrote()
    {
        var stream = $"thread:{Ids.New()}";
        var (tail, after) = await EventTail.OpenAsync(Log, Storage, stream, 0);
        await AppendInBatchesAsync(tail, stream, count: 150, batch: 10);

        var all = await tail.ReadAfterAsync(0, 150);
        var fromTheFirstPage = await tail.ReadAfterAsync(95, 150);
        var heldOnly = await tail.ReadAfterAsync(140, 145);

        Assert.Empty(after);
        Assert.Equal(Enumerable.Range(1, 150).Select(s => $"event {s}"), all.Select(TextEvents.TextOf));
        Assert.Equal(Enumerable.Range(96, 55).Select(s => (long)s), fromTheFirstPage.Select(e => e.Seq));
        Assert.Equal([141L, 142, 143, 144, 145], heldOnly.Select(e => e.Seq));
        Assert.Equal(Enumerable.Range(1, 100).Select(s => $"event {s}"),
            (await fixture.Grains.GetGrain<IEventPageGrain>($"{stream}|0").ReadAfterAsync(0)).Select(TextEvents.TextOf));
    }

    [Fact]
    public async Task OpenAsync_AfterACheckpoint_ReplaysWhatFollowsItAcrossFullPagesAndGoesOnFromTheLast()
    {
        var stream = $"thread:{Ids.New()}";
        var (first, _) = await EventTail.OpenAsync(Log, Storage, stream, 0);
        await AppendInBatchesAsync(first, stream, count: 120, batch: 20);

        var (tail, after) = await EventTail.OpenAsync(Log, Storage, stream, 70);
        await tail.AppendAsync([TextEvents.Of(stream, 121, "event 121")]);

        Assert.Equal(Enumerable.Range(71, 50).Select(s => (long)s), after.Select(e => e.Seq));
        Assert.Equal(Enumerable.Range(1, 121).Select(s => $"event {s}"), (await tail.ReadAfterAsync(0, 121)).Select(TextEvents.TextOf));
    }

    [Fact]
    public async Task OpenAsync_PageWrittenWhole_ReplaysItsEventsAndTheAppendsAfterThem()
    {
        var stream = $"thread:{Ids.New()}";
        var whole = new GrainState<EventPageState>(new EventPageState { Events = [.. Enumerable.Range(1, 3).Select(seq => TextEvents.Of(stream, seq, $"event {seq}"))] });
        await Storage.WriteStateAsync("page", Log.PageId(stream, 0), whole);
        var (first, _) = await EventTail.OpenAsync(Log, Storage, stream, 3);
        await first.AppendAsync([TextEvents.Of(stream, 4, "event 4")]);

        var (tail, after) = await EventTail.OpenAsync(Log, Storage, stream, 1);

        Assert.Equal(["event 2", "event 3", "event 4"], after.Select(TextEvents.TextOf));
        Assert.Equal(["event 1", "event 2", "event 3", "event 4"], (await tail.ReadAfterAsync(0, 4)).Select(TextEvents.TextOf));
    }

    [Fact]
    public async Task ReadAfterAsync_MoreThanOneCatchUp_AnswersTheFirstOnesInUnbrokenOrder()
    {
        var stream = $"thread:{Ids.New()}";
        var (tail, _) = await EventTail.OpenAsync(Log, Storage, stream, 0);
        await AppendInBatchesAsync(tail, stream, count: 1050, batch: 50);

        var first = await tail.ReadAfterAsync(0, 1050);
        var rest = await tail.ReadAfterAsync(first[^1].Seq, 1050);

        Assert.Equal(Enumerable.Range(1, EventLog.MaxCatchUp).Select(s => (long)s), first.Select(e => e.Seq));
        Assert.Equal(Enumerable.Range(EventLog.MaxCatchUp + 1, 1050 - EventLog.MaxCatchUp).Select(s => (long)s), rest.Select(e => e.Seq));
    }

    [Fact]
    public async Task AppendAsync_EventsBeyondTheNextPage_AreRefusedAndNothingIsStored()
    {
        var stream = $"thread:{Ids.New()}";
        var (tail, _) = await EventTail.OpenAsync(Log, Storage, stream, 0);
        await tail.AppendAsync([TextEvents.Of(stream, 1, "event 1")]);

        await Assert.ThrowsAsync<ArgumentException>(() => tail.AppendAsync([TextEvents.Of(stream, 201, "far ahead")]));
        await Assert.ThrowsAsync<ArgumentException>(() => tail.AppendAsync([TextEvents.Of(stream, 100, "end"), TextEvents.Of(stream, 101, "next page")]));

        Assert.Equal(["event 1"], (await EventTail.OpenAsync(Log, Storage, stream, 0)).After.Select(TextEvents.TextOf));
    }

    // Events 1 to count, "event {seq}" each, appended a batch at a time.
    private static async Task AppendInBatchesAsync(EventTail tail, string stream, int count, int batch)
    {
        for (var seq = 1; seq <= count; seq += batch)
        {
            await tail.AppendAsync([.. Enumerable.Range(seq, batch).Select(s => TextEvents.Of(stream, s, $"event {s}"))]);
        }
    }

    private EventLog Log => new(fixture.Grains, ClusterFixture.Feed);

    private IGrainStorage Storage => fixture.Storage;
}
