using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace ExchangeHub.Core.Features.Search;

/// <summary>
/// Japanese as typed, without a dictionary: our folding (width, case, kana), Unicode word breaks, then overlapping
/// bigrams over Han and kana runs (農業用ドローン → 農業 業用 用ド ドロ ロー ーン). Latin words stay words (iot, dx, kpi).
/// With <paramref name="dropLongVowels"/>, katakana lose the long-vowel mark first, so ドロン and ドローン meet.
/// </summary>
public sealed class SearchAnalyzer(bool dropLongVowels = false) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        if (dropLongVowels)
        {
            stream = new LongVowelFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA));
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new FoldingCharFilter(reader);
}
