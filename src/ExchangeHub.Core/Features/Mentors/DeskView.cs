namespace ExchangeHub.Core.Features.Mentors;

/// <summary>The waiting requests in queue order, the expected wait, and the last seq of the mentor-desk stream.</summary>
[GenerateSerializer, Alias("ExchangeHub.DeskView")]
public sealed record DeskView(
    [property: Id(0)] IReadOnlyList<DeskEntry> Items,
    [property: Id(1)] long? ExpectedWaitSeconds,
    [property: Id(2)] int UnservedCount,
    [property: Id(3)] long LastSeq);
