using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>The earlier versions of one post, keyed "{threadId}|{seq}", kept apart so pages stay small.</summary>
public interface IPostHistoryGrain : IGrainWithStringKey
{
    Task AddAsync(PostVersion version);

    [ReadOnly]
    Task<IReadOnlyList<PostVersion>> GetAsync();

    public static string Key(string threadId, long seq) => $"{threadId}|{seq}";
}
