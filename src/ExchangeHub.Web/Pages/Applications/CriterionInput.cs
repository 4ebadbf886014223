using ExchangeHub.Core.Features.Applications;

namespace ExchangeHub.Web.Pages.Applications;

/// <summary>One review criterion as the checklist posts it: met or not, the parts that answer it, and a note.</summary>
public sealed class CriterionInput
{
    public int Number { get; set; }

    public bool Met { get; set; }

    public List<string> Parts { get; set; } = [];

    public string? Note { get; set; }

    public static CriterionInput From(CriterionCheck check) => new()
    {
        Number = check.Number,
        Met = check.Met,
        Parts = [.. check.Parts],
        Note = check.Note,
    };

    public CriterionCheck ToCheck() => new(Number, Met, Parts, (Note ?? "").Trim());
}
