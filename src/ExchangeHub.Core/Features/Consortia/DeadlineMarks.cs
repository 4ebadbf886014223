namespace ExchangeHub.Core.Features.Consortia;

/// <summary>When to remind a consortium of its deadline: 14, 7 and 1 days before, and when it comes.</summary>
public static class DeadlineMarks
{
    public static readonly IReadOnlyList<int> All = [14, 7, 1, 0];

    /// <summary>
    /// The mark to announce now, if any: the nearest one already reached and not yet sent. Marks passed while nobody
    /// looked are not announced late one by one; the nearest says it all.
    /// </summary>
    public static int? Due(TimeSpan left, IReadOnlyCollection<int> sent)
    {
        var reached = All.Where(mark => left <= TimeSpan.FromDays(mark)).ToList();
        return reached.Count == 0 || sent.Contains(reached.Min()) ? null : reached.Min();
    }
}
