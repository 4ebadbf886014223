using System.Globalization;
using System.Text;

namespace ExchangeHub.Core.Common.Text;

/// <summary>Folds text so that the ways Japanese is typed compare equal: width (ＤＸ, ﾄﾞﾛｰﾝ), case, and hiragana against katakana.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var normalised = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(normalised.Length);
        foreach (var character in normalised)
        {
            // Hiragana U+3041..U+3096 sit exactly 0x60 below their katakana.
            builder.Append(character is >= '\u3041' and <= '\u3096' ? (char)(character + 0x60) : character);
        }

        return builder.ToString();
    }
}
