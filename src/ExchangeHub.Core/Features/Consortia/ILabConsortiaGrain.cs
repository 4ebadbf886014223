using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Consortia;

/// <summary>The consortia one lab (the key) is in or invited to, kept by the consortia themselves.</summary>
public interface ILabConsortiaGrain : IGrainWithStringKey
{
    Task PutAsync(ConsortiumRef consortium);

    [ReadOnly]
    Task<IReadOnlyList<ConsortiumRef>> ListAsync();
}
