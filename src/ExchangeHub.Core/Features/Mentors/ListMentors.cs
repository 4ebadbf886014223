using ExchangeHub.Core.Common.Results;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>The mentor directory, optionally only those with a theme of expertise or only those on duty.</summary>
public sealed record ListMentorsQuery(string? Theme = null, bool OnDutyOnly = false) : IQuery<Result<IReadOnlyList<MentorSummary>>>;

public sealed class ListMentorsHandler(IGrainFactory grains) : IQueryHandler<ListMentorsQuery, Result<IReadOnlyList<MentorSummary>>>
{
    public async ValueTask<Result<IReadOnlyList<MentorSummary>>> Handle(ListMentorsQuery query, CancellationToken cancellationToken)
    {
        var mentors = await grains.GetGrain<IMentorDirectoryGrain>(0).ListAsync();
        return mentors
            .Where(m => query.Theme is null || m.Expertise.Contains(query.Theme))
            .Where(m => !query.OnDutyOnly || m.OnDuty)
            .ToList();
    }
}
