using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>
/// How much two short phrases (a need and an offer) say the same thing: the folded character bigrams they share,
/// each weighted by how rare it is among all the phrases compared, over the lighter of the two phrases. Bigrams that
/// many phrases have (…の運, 活用) weigh little; ドローン or 操縦 weigh much.
/// </summary>
public sealed class PhraseSimilarity
{
    // Words that any need or offer may carry (運用ノウハウ, 支援, 推進): sharing them says nothing, so they are cut out
    // before comparing. Folded, as the phrases are (り → リ).
    private static readonly string[] _generic =
    [
        "ノウハウ", "運用", "活用", "共有", "支援", "推進", "確保", "解消", "整備", "導入", "構築", "実証", "提供", "管理", "促進",
        "効率化", "仕組ミ", "取リ組ミ", "取組", "向上", "強化", "対策", "連携", "事業", "方法", "経験",
    ];

    private readonly Dictionary<string, int> _documentFrequency = [];
    private readonly int _phrases;

    public PhraseSimilarity(IEnumerable<string> corpus)
    {
        foreach (var phrase in corpus)
        {
            _phrases++;
            foreach (var gram in Grams(phrase))
            {
                _documentFrequency[gram] = _documentFrequency.GetValueOrDefault(gram) + 1;
            }
        }
    }

    /// <summary>0 when nothing is shared, 1 when one phrase's weight is wholly in the other.</summary>
    public double Of(string first, string second)
    {
        var (a, b) = (Grams(first), Grams(second));
        var shared = a.Intersect(b).Sum(Weight);
        return shared == 0 ? 0 : shared / Math.Min(a.Sum(Weight), b.Sum(Weight));
    }

    private double Weight(string gram) => Math.Log(1 + ((_phrases + 1.0) / (_documentFrequency.GetValueOrDefault(gram) + 1)));

    /// <summary>Character bigrams of each run of letters and digits, a Latin word whole, a lone character as itself.</summary>
    public static HashSet<string> Grams(string phrase)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        var folded = _generic.Aggregate(TextFolding.Fold(phrase), (text, word) => text.Replace(word, " ", StringComparison.Ordinal));
        for (var start = 0; start < folded.Length;)
        {
            var end = start;
            while (end < folded.Length && char.IsLetterOrDigit(folded[end]))
            {
                end++;
            }

            AddRun(grams, folded[start..end]);
            start = end + 1;
        }

        return grams;
    }

    private static void AddRun(HashSet<string> grams, string run)
    {
        if (run.Length == 0)
        {
            return;
        }

        if (run.Length == 1 || run.All(char.IsAscii))
        {
            grams.Add(run);
            return;
        }

        for (var i = 0; i + 1 < run.Length; i++)
        {
            grams.Add(run.Substring(i, 2));
        }
    }
}
