namespace ExchangeHub.Core.Features.Mentors;

[GenerateSerializer, Alias("ExchangeHub.MentorRequestIndexState")]
public sealed record MentorRequestIndexState
{
    [Id(0)]
    public Dictionary<string, MentorRequestSummary> Requests { get; set; } = [];
}
