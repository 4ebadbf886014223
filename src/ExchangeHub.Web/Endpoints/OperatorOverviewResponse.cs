using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Moderation;
using ExchangeHub.Core.Features.Operator;

namespace ExchangeHub.Web.Endpoints;

/// <summary>The figures behind the operator console's charts.</summary>
public sealed record OperatorOverviewResponse(
    int LabCount,
    IReadOnlyList<LabSummaryResponse> PendingLabs,
    IReadOnlyList<RegionCount> LabsByRegion,
    IReadOnlyList<MonthCount> ConsortiaPerMonth,
    IReadOnlyList<MonthCount> CaseStudiesPerMonth,
    IReadOnlyList<long> MentorWaitSeconds,
    long? MedianMentorWaitSeconds,
    IReadOnlyList<PostFlag> Flags)
{
    public const int Months = 12;

    public static OperatorOverviewResponse From(OperatorOverview overview, DateTimeOffset now) => new(
        overview.Labs.Count,
        [.. overview.Pending.Select(LabSummaryResponse.From)],
        RegionCount.Of(overview.Labs),
        overview.Activity.PerMonth(ActivityKinds.ConsortiumFormed, now, Months),
        overview.Activity.PerMonth(ActivityKinds.CaseStudyPublished, now, Months),
        overview.RecentWaitSeconds,
        MentorGrain.Median(overview.RecentWaitSeconds),
        overview.Flags);
}
