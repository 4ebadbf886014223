using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Core.Features.Activity;

/// <summary>What the home page shows: every lab's summary, the activity feed and the mentor desk's headline figures.</summary>
public sealed record HomeView(
    IReadOnlyList<LabSummary> Labs,
    ActivityView Activity,
    int OpenMentorRequests,
    long? MedianFirstResponseSeconds);
