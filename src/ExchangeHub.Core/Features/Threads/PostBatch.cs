using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>The posts a thread accepted in one turn of its lane and their events, stored together.</summary>
internal sealed class PostBatch
{
    public List<Post> Posts { get; } = [];

    public List<LiveEvent> Events { get; } = [];

    public List<IReadOnlyList<string>> Mentioned { get; } = [];

    public void Add(Post post, IReadOnlyList<string> mentioned, LiveEvent created)
    {
        Posts.Add(post);
        Mentioned.Add(mentioned);
        Events.Add(created);
    }
}
