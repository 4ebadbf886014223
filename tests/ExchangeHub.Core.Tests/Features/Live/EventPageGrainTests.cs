using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;

namespace ExchangeHub.Core.Tests.Features.Live;

public sealed class EventPageGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AppendAsync_OneEventAtATime_StoresEachAppendAloneAndReadsThemAllAfterReactivation()
    {
        var stream = $"thread:{Ids.New()}";
        var log = new EventLog(fixture.Grains, ClusterFixture.Feed);
        for (var seq = 1; seq <= 30; seq++)
        {
            await log.AppendAsync(TextEvents.Of(stream, seq, $"event {seq}"));
        }

        await log.AppendAsync([TextEvents.Of(stream, 31, "event 31"), TextEvents.Of(stream, 32, "event 32")]);
        await DeactivateAsync(stream);

        var read = await log.ReadAfterAsync(stream, afterSeq: 0, lastSeq: 32);
        Assert.Equal(Enumerable.Range(1, 32).Select(seq => $"event {seq}"), read.Select(TextEvents.TextOf));
        Assert.Equal(["event 5"], (await ReadRecordAsync<EventBatch>(stream, "events-5")).Events.Select(TextEvents.TextOf));
        Assert.Equal(["event 31", "event 32"], (await ReadRecordAsync<EventBatch>(stream, "events-31")).Events.Select(TextEvents.TextOf));
        Assert.False(await RecordExistsAsync<EventPageState>(stream, "page"));
    }

    [Fact]
    public async Task Activation_PageWrittenWhole_ReadsItsEventsAndTheAppendsAfterThem()
    {
        var stream = $"thread:{Ids.New()}";
        var whole = new GrainState<EventPageState>(new EventPageState { Events = [.. Enumerable.Range(1, 3).Select(seq => TextEvents.Of(stream, seq, $"event {seq}"))] });
        await Storage.WriteStateAsync("page", PageId(stream), whole);
        var log = new EventLog(fixture.Grains, ClusterFixture.Feed);

        await log.AppendAsync(TextEvents.Of(stream, 4, "event 4"));
        await DeactivateAsync(stream);

        var read = await log.ReadAfterAsync(stream, afterSeq: 0, lastSeq: 4);
        Assert.Equal(["event 1", "event 2", "event 3", "event 4"], read.Select(TextEvents.TextOf));
    }

    [Fact]
    public async Task AppendAsync_SameSeqAfterReactivation_ReplacesTheEventWrittenAhead()
    {
        var stream = $"thread:{Ids.New()}";
        var log = new EventLog(fixture.Grains, ClusterFixture.Feed);
        await log.AppendAsync(TextEvents.Of(stream, 1, "first"));
        await log.AppendAsync(TextEvents.Of(stream, 2, "written ahead, owner died before storing lastSeq 2"));
        await DeactivateAsync(stream);

        await log.AppendAsync(TextEvents.Of(stream, 2, "the real second event"));
        await DeactivateAsync(stream);

        var read = await log.ReadAfterAsync(stream, afterSeq: 0, lastSeq: 2);
        Assert.Equal(["first", "the real second event"], read.Select(TextEvents.TextOf));
    }

    private IGrainStorage Storage => fixture.Storage;

    private GrainId PageId(string stream) => fixture.Grains.GetGrain<IEventPageGrain>($"{stream}|0").GetGrainId();

    private ValueTask DeactivateAsync(string stream) =>
        fixture.Grains.GetGrain<IEventPageGrain>($"{stream}|0").AsReference<IGrainManagementExtension>().DeactivateOnIdle();

    private async Task<T> ReadRecordAsync<T>(string stream, string name)
    {
        var record = new GrainState<T>();
        await Storage.ReadStateAsync(name, PageId(stream), record);
        Assert.True(record.RecordExists, $"{name} is stored");
        return Assert.IsType<T>(record.State);
    }

    private async Task<bool> RecordExistsAsync<T>(string stream, string name)
    {
        var record = new GrainState<T>();
        await Storage.ReadStateAsync(name, PageId(stream), record);
        return record.RecordExists;
    }
}
