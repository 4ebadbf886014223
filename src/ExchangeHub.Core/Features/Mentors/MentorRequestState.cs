namespace ExchangeHub.Core.Features.Mentors;

[GenerateSerializer, Alias("ExchangeHub.MentorRequestState")]
public sealed record MentorRequestState
{
    [Id(0)]
    public string LabId { get; set; } = "";

    [Id(1)]
    public string LabName { get; set; } = "";

    [Id(2)]
    public string Title { get; set; } = "";

    /// <summary>The start of the body for the desk; the body itself is the first post of the request's thread.</summary>
    [Id(3)]
    public string Excerpt { get; set; } = "";

    [Id(4)]
    public List<string> Themes { get; set; } = [];

    [Id(5)]
    public string Urgency { get; set; } = MentorUrgency.Normal;

    [Id(6)]
    public string RequesterId { get; set; } = "";

    [Id(7)]
    public string RequesterName { get; set; } = "";

    [Id(8)]
    public string ThreadId { get; set; } = "";

    [Id(9)]
    public string Status { get; set; } = MentorRequestStatus.Open;

    [Id(10)]
    public DateTimeOffset OpenedAt { get; set; }

    [Id(11)]
    public string? MentorId { get; set; }

    [Id(12)]
    public string? MentorName { get; set; }

    [Id(13)]
    public DateTimeOffset? ClaimedAt { get; set; }

    [Id(14)]
    public DateTimeOffset? FirstAnswerAt { get; set; }

    [Id(15)]
    public DateTimeOffset? ClosedAt { get; set; }

    [Id(16)]
    public int? Rating { get; set; }

    [Id(17)]
    public string? Comment { get; set; }

    /// <summary>Bounded: a request that lapses again and again keeps only its latest steps.</summary>
    [Id(18)]
    public List<TimelineEntry> Timeline { get; set; } = [];

    /// <summary>Mentors who looked at the request; bounded, the count goes on.</summary>
    [Id(19)]
    public List<string> SeenBy { get; set; } = [];

    [Id(20)]
    public int SeenCount { get; set; }

    /// <summary>Mentors whose claim lapsed; they are not told again when the request goes back to the queue.</summary>
    [Id(21)]
    public List<string> LapsedMentorIds { get; set; } = [];

    [Id(22)]
    public int MentorsTold { get; set; }

    [Id(23)]
    public List<string> UnservedThemes { get; set; } = [];

    [Id(24)]
    public int? Position { get; set; }

    [Id(25)]
    public long? ExpectedWaitSeconds { get; set; }

    /// <summary>The last seq of the mentor-request:{id} stream.</summary>
    [Id(26)]
    public long LastSeq { get; set; }

    public bool Exists => LabId.Length > 0;
}
