using ExchangeHub.Core.Common.Live;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace ExchangeHub.Core.Features.Live;

/// <summary>A page of one stream's events, stored as <see cref="StoredEventPage"/> describes.</summary>
/// <remarks>A write that fails ends the activation (ReloadAfterFailedCall), so events not stored never linger here.</remarks>
public sealed class EventPageGrain([FromKeyedServices(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)] IGrainStorage storage)
    : Grain, IEventPageGrain
{
    private StoredEventPage _page = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _page = new StoredEventPage(storage, this.GetGrainId(), EventLog.PageNumberOfKey(this.GetPrimaryKeyString()));
        return _page.LoadAsync();
    }

    public Task AppendAsync(IReadOnlyList<LiveEvent> liveEvents) => _page.AppendAsync(liveEvents);

    public Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(long afterSeq) => Task.FromResult<IReadOnlyList<LiveEvent>>(_page.After(afterSeq));
}
