namespace ExchangeHub.Core.Features.Consortia;

[GenerateSerializer, Alias("ExchangeHub.ConsortiumState")]
public sealed record ConsortiumState
{
    [Id(0)]
    public string Name { get; set; } = "";

    [Id(1)]
    public string Purpose { get; set; } = "";

    [Id(2)]
    public string LeadLabId { get; set; } = "";

    [Id(3)]
    public DateTimeOffset? Deadline { get; set; }

    [Id(4)]
    public string Status { get; set; } = ConsortiumStatus.Forming;

    [Id(5)]
    public List<ConsortiumMember> Members { get; set; } = [];

    [Id(6)]
    public string ThreadId { get; set; } = "";

    [Id(7)]
    public long LastSeq { get; set; }

    [Id(8)]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Days-before marks (14, 7, 1, 0) already announced for the current deadline.</summary>
    [Id(9)]
    public List<int> DeadlineNoticesSent { get; set; } = [];

    public bool Exists => Name.Length > 0;
}
