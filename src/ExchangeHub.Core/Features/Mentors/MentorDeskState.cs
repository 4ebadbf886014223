namespace ExchangeHub.Core.Features.Mentors;

[GenerateSerializer, Alias("ExchangeHub.MentorDeskState")]
public sealed record MentorDeskState
{
    /// <summary>Requests waiting for a mentor, by request id.</summary>
    [Id(0)]
    public Dictionary<string, DeskEntry> Waiting { get; set; } = [];

    /// <summary>Seconds from opening to first answer of the latest answered requests; bounded, for the expected wait.</summary>
    [Id(1)]
    public List<long> RecentWaitSeconds { get; set; } = [];

    /// <summary>The last seq of the mentor-desk stream.</summary>
    [Id(2)]
    public long LastSeq { get; set; }
}
