using ExchangeHub.Core.Common.Live;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Live;

/// <summary>
/// A fixed-size page of one stream's events, keyed "{stream}|{page}". Streams keep their history in pages
/// so that publishing costs one bounded write however long the stream already is.
/// </summary>
public interface IEventPageGrain : IGrainWithStringKey
{
    /// <summary>Appends events of this page, stored in one write.</summary>
    Task AppendAsync(IReadOnlyList<LiveEvent> liveEvents);

    [ReadOnly]
    Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(long afterSeq);
}
