namespace ExchangeHub.Core.Features.Mentors;

[GenerateSerializer, Alias("ExchangeHub.MentorState")]
public sealed record MentorState
{
    [Id(0)]
    public string DisplayName { get; set; } = "";

    [Id(1)]
    public List<string> Expertise { get; set; } = [];

    [Id(2)]
    public string Bio { get; set; } = "";

    [Id(3)]
    public string BioHtml { get; set; } = "";

    [Id(4)]
    public List<string> Languages { get; set; } = [];

    [Id(5)]
    public bool OnDuty { get; set; }

    [Id(6)]
    public int Capacity { get; set; }

    /// <summary>Requests claimed and not yet answered: what counts against the capacity.</summary>
    [Id(7)]
    public List<string> ActiveRequestIds { get; set; } = [];

    [Id(8)]
    public int AnsweredCount { get; set; }

    /// <summary>Seconds from claim to first answer of the latest answers; bounded, so the median follows recent work.</summary>
    [Id(9)]
    public List<long> FirstResponseSeconds { get; set; } = [];

    [Id(10)]
    public int RatingSum { get; set; }

    [Id(11)]
    public int RatingCount { get; set; }

    [Id(12)]
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsMentor => UpdatedAt != default;
}
