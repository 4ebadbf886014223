using System.Globalization;
using System.Text;
using ExchangeHub.Core.Common.Text;
using Lucene.Net.Analysis.CharFilters;

namespace ExchangeHub.Core.Features.Search;

/// <summary>
/// Applies <see cref="TextFolding.Fold"/> before tokenising and records how offsets moved, so that highlights land on
/// the characters as written (ﾄﾞﾛｰﾝ is five characters as typed and four folded).
/// </summary>
public sealed class FoldingCharFilter : BaseCharFilter
{
    private readonly string _folded;
    private int _position;

    // Lucene's reusable reader answers null rather than "" for empty text.
    public FoldingCharFilter(TextReader input)
        : base(input) => _folded = Fold(input.ReadToEnd() ?? "");

    public override int Read(char[] buffer, int index, int count)
    {
        var available = Math.Min(count, _folded.Length - _position);
        if (available <= 0)
        {
            return 0;
        }

        _folded.CopyTo(_position, buffer, index, available);
        _position += available;
        return available;
    }

    public override int Read() => _position < _folded.Length ? _folded[_position++] : -1;

    private string Fold(string text)
    {
        var output = new StringBuilder(text.Length);
        var shift = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = SegmentEnd(text, start);
            if (end == start + 1 && IsStable(text[start]))
            {
                // Most text is already in NFKC: fold it a character at a time without allocating.
                output.Append(FoldStable(text[start]));
            }
            else
            {
                var folded = TextFolding.Fold(text[start..end]);
                output.Append(folded);
                if (folded.Length != end - start)
                {
                    shift += end - start - folded.Length;
                    AddOffCorrectMap(output.Length, shift);
                }
            }

            start = end;
        }

        return output.ToString();
    }

    // A character with the marks that NFKC would join to it (ﾄ + ﾞ → ド), or a surrogate pair.
    private static int SegmentEnd(string text, int start)
    {
        var end = char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? start + 2 : start + 1;
        while (end < text.Length && JoinsPrevious(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool JoinsPrevious(char character) => character is '\uFF9E' or '\uFF9F'
        || CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Characters that NFKC leaves alone and that fold to one character: ASCII, hiragana, katakana, the long-vowel mark, kanji.
    private static bool IsStable(char character) =>
        character < '\u0080' || character is (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or '\u30FC' or (>= '\u4E00' and <= '\u9FFF');

    private static char FoldStable(char character) => character switch
    {
        >= 'A' and <= 'Z' => (char)(character + 32),
        >= '\u3041' and <= '\u3096' => (char)(character + 0x60),
        _ => character,
    };
}
