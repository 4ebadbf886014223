namespace ExchangeHub.Core.Features.Mentors;

/// <summary>What the desk did with a request: how many mentors it told, the themes no mentor on duty covers, and its place in the queue.</summary>
[GenerateSerializer, Alias("ExchangeHub.RoutingResult")]
public sealed record RoutingResult(
    [property: Id(0)] int MentorsTold,
    [property: Id(1)] IReadOnlyList<string> UnservedThemes,
    [property: Id(2)] int Position,
    [property: Id(3)] long? ExpectedWaitSeconds);
