namespace ExchangeHub.Core.Features.Activity;

[GenerateSerializer, Alias("ExchangeHub.ActivityState")]
public sealed record ActivityState
{
    /// <summary>The latest items, newest first; bounded.</summary>
    [Id(0)]
    public List<ActivityItem> Items { get; set; } = [];

    /// <summary>Items per kind and month in Japan time, keyed "kind|yyyy-MM"; months older than the window are dropped.</summary>
    [Id(1)]
    public Dictionary<string, int> Monthly { get; set; } = [];

    /// <summary>The last seq of the activity stream.</summary>
    [Id(2)]
    public long LastSeq { get; set; }
}
