namespace ExchangeHub.Core.Features.Mentors;

[GenerateSerializer, Alias("ExchangeHub.MentorDirectoryState")]
public sealed record MentorDirectoryState
{
    [Id(0)]
    public Dictionary<string, MentorSummary> Mentors { get; set; } = [];
}
