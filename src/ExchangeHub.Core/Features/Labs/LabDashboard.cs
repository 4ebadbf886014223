using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Core.Features.Labs;

/// <summary>A lab's work in one place for its members: the lab (KPIs and their history, case studies), threads, consortia and mentor requests.</summary>
public sealed record LabDashboard(
    LabDetails Lab,
    IReadOnlyList<ThreadSummary> Threads,
    IReadOnlyList<ConsortiumRef> Consortia,
    IReadOnlyList<MentorRequestSummary> MentorRequests);
