namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.ThreadState")]
public sealed record ThreadState
{
    [Id(0)]
    public string Space { get; set; } = "";

    [Id(1)]
    public string Title { get; set; } = "";

    [Id(2)]
    public string AuthorId { get; set; } = "";

    [Id(3)]
    public string AuthorName { get; set; } = "";

    [Id(4)]
    public DateTimeOffset CreatedAt { get; set; }

    [Id(5)]
    public string Status { get; set; } = ThreadStatus.Open;

    [Id(6)]
    public long? AcceptedSeq { get; set; }

    /// <summary>The number of the last post; posts themselves live in pages.</summary>
    [Id(7)]
    public long PostCount { get; set; }

    [Id(8)]
    public DateTimeOffset LastPostAt { get; set; }

    /// <summary>The last seq of the thread:{id} stream.</summary>
    [Id(9)]
    public long LastSeq { get; set; }

    /// <summary>The latest client ids, so a retried post is found; bounded, since retries come within moments.</summary>
    [Id(10)]
    public List<ClientPost> RecentClientIds { get; set; } = [];

    [Id(11)]
    public Dictionary<string, FollowLevel> Followers { get; set; } = [];

    public bool Exists => Space.Length > 0;
}
