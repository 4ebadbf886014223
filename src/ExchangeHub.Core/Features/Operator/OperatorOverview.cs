using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Moderation;

namespace ExchangeHub.Core.Features.Operator;

/// <summary>What the operator console shows: every lab, the feed's monthly counts, recent mentor waits, open flags.</summary>
public sealed record OperatorOverview(
    IReadOnlyList<LabSummary> Labs,
    ActivityView Activity,
    IReadOnlyList<long> RecentWaitSeconds,
    IReadOnlyList<PostFlag> Flags)
{
    public IReadOnlyList<LabSummary> Pending => [.. Labs.Where(l => l.IsPending).OrderBy(l => l.CreatedAt)];
}
