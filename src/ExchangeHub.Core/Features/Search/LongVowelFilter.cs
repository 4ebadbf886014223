using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExchangeHub.Core.Features.Search;

/// <summary>Drops the katakana long-vowel mark (ー) from every token, and tokens that were nothing else.</summary>
public sealed class LongVowelFilter : TokenFilter
{
    private const char LongVowel = '\u30FC';
    private readonly ICharTermAttribute _term;

    public LongVowelFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var buffer = _term.Buffer;
            var kept = 0;
            for (var i = 0; i < _term.Length; i++)
            {
                if (buffer[i] != LongVowel)
                {
                    buffer[kept++] = buffer[i];
                }
            }

            if (kept > 0)
            {
                _term.SetLength(kept);
                return true;
            }
        }

        return false;
    }
}
