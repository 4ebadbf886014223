using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Applications;

/// <summary>How complete an application is, and in plain words what is still missing.</summary>
public sealed record Completeness(int Score, IReadOnlyList<string> Missing)
{
    private const int MinimumTextLength = 200;

    public static Completeness Of(ApplicationView application)
    {
        var checks = new List<(bool Done, string Missing)>
        {
            (application.Vision.Markdown.Length >= MinimumTextLength,
                Say.Text($"ビジョンを{MinimumTextLength}字以上で書いてください。", $"Write the vision in at least {MinimumTextLength} characters.")),
            (application.Plan.Markdown.Length >= MinimumTextLength,
                Say.Text($"実施計画を{MinimumTextLength}字以上で書いてください。", $"Write the implementation plan in at least {MinimumTextLength} characters.")),
            (application.Kpis.Count > 0, Say.Text("KPIを一つ以上挙げてください。", "List at least one KPI.")),
        };
        foreach (var number in ReviewCriteria.Numbers)
        {
            var check = application.Criteria.FirstOrDefault(c => c.Number == number);
            checks.Add((check is { Met: true, Parts.Count: > 0 }, Say.Text(
                $"審査の視点{number}「{ReviewCriteria.Title(number)}」を満たしたことを確認し、根拠となる項目を結び付けてください。",
                $"Confirm review criterion {number} ({ReviewCriteria.Title(number)}) and link the parts that answer it.")));
        }

        var score = (int)Math.Round(100.0 * checks.Count(c => c.Done) / checks.Count);
        return new Completeness(score, checks.Where(c => !c.Done).Select(c => c.Missing).ToList());
    }
}
