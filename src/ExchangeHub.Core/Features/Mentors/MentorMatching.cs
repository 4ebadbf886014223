namespace ExchangeHub.Core.Features.Mentors;

/// <summary>Who hears of a request, in which order the queue is served, and how well a request suits a mentor.</summary>
public static class MentorMatching
{
    public static int Overlap(IEnumerable<string> expertise, IReadOnlyCollection<string> themes) => expertise.Count(themes.Contains);

    /// <summary>On-duty mentors with a free slot whose expertise meets the request's themes, best match first.</summary>
    public static IReadOnlyList<MentorSummary> WhoToTell(DeskEntry entry, IEnumerable<MentorSummary> mentors, IReadOnlyCollection<string> excluded) =>
        mentors
            .Where(m => m.OnDuty && m.HasRoom && !excluded.Contains(m.UserId) && Overlap(m.Expertise, entry.Themes) > 0)
            .OrderByDescending(m => Overlap(m.Expertise, entry.Themes))
            .ThenBy(m => m.ActiveCount)
            .ToList();

    /// <summary>The themes of a request that no mentor on duty has as expertise.</summary>
    public static IReadOnlyList<string> Unserved(IEnumerable<string> themes, IReadOnlyCollection<MentorSummary> mentors) =>
        themes.Where(theme => !mentors.Any(m => m.OnDuty && m.Expertise.Contains(theme))).ToList();

    /// <summary>The order in which waiting requests are served: most urgent first, then the longest waiting.</summary>
    public static IReadOnlyList<DeskEntry> Queue(IEnumerable<DeskEntry> waiting) =>
        waiting.OrderByDescending(e => MentorUrgency.Rank(e.Urgency)).ThenBy(e => e.OpenedAt).ToList();

    /// <summary>The desk as one mentor sees it: requests that meet their expertise first, then in queue order.</summary>
    public static IReadOnlyList<DeskEntry> BestMatchFirst(IReadOnlyList<DeskEntry> queue, IReadOnlyList<string> expertise) =>
        queue.OrderByDescending(e => Overlap(expertise, e.Themes)).ThenBy(e => e.Position).ToList();
}
