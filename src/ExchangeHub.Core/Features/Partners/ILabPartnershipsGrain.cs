using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>The partnership requests a lab (the key) sent or received, kept by the requests themselves; newest first.</summary>
public interface ILabPartnershipsGrain : IGrainWithStringKey
{
    Task PutAsync(PartnershipRequest request);

    [ReadOnly]
    Task<IReadOnlyList<PartnershipRequest>> ListAsync();
}
