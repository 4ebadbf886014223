using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Applications;

/// <summary>The programme's three review criteria (審査の視点) every plan is judged on.</summary>
public static class ReviewCriteria
{
    public static readonly IReadOnlyList<int> Numbers = [1, 2, 3];

    public static string Title(int number) => number switch
    {
        1 => Say.Text("明確なビジョン・実施計画と、進捗を測るKPIがある", "A clear vision, implementation plan, and KPIs that measure progress"),
        2 => Say.Text("地域課題を解決する、または地域産業の競争力を高める", "Solves regional issues or makes regional industry competitive"),
        3 => Say.Text("顧客・社会のニーズから従来のモデルを変革する", "Transforms conventional models from customer and social needs"),
        _ => "",
    };

    public static IReadOnlyList<CriterionCheck> Unchecked() => Numbers.Select(n => new CriterionCheck(n, false, [], "")).ToList();
}
