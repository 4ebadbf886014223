using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ExchangeHub.Web.Pages;

namespace ExchangeHub.Web.Tests.Localization;

public sealed partial class PageTextTests
{
    // Words Japanese text writes in Latin letters on purpose: the brand, the language's own name, terms of the programme.
    private static readonly string[] _latinWords = ["ExchangeHub", "English", "Markdown", "KPI", "DX", "IoT"];

    [Fact]
    public void JapaneseResources_UserText_IsWrittenInJapanese()
    {
        var japanese = ResourceTests.Load("SharedResource.resx");

        var english = japanese.Where(pair => !Kana().IsMatch(pair.Value) && Latin().IsMatch(WithoutAllowedWords(pair.Value)))
            .Select(pair => $"{pair.Key} = {pair.Value}")
            .ToList();

        Assert.Empty(english);
    }

    [Fact]
    public void Pages_TextAndLabels_GoThroughTheLocalizer()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(ResourceTests.WebProject, "Pages"), "*.cshtml", SearchOption.AllDirectories);

        var literal = pages.SelectMany(path => LiteralTexts(File.ReadAllText(path))
            .Select(text => $"{Path.GetRelativePath(ResourceTests.WebProject, path)}: {text}")).ToList();

        Assert.True(literal.Count == 0, string.Join(Environment.NewLine, literal));
    }

    [Theory]
    [InlineData("ja-JP", "2026年3月9日", "1,234.5")]
    [InlineData("en", "9 Mar 2026", "1,234.5")]
    public void Display_DatesAndNumbers_FollowTheCulture(string culture, string date, string number)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var shown = (Display.Date(new DateOnly(2026, 3, 9)), Display.Number(1234.5m));

        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        Assert.Equal((date, number), shown);
    }

    private static string WithoutAllowedWords(string value) =>
        _latinWords.Aggregate(Placeholder().Replace(value, ""), (rest, word) => rest.Replace(word, "", StringComparison.Ordinal));

    /// <summary>Text nodes and labelling attributes of a Razor page that hold words once Razor expressions are taken out.</summary>
    private static IEnumerable<string> LiteralTexts(string page)
    {
        var markup = WithoutRazor(NotMarkup().Replace(page, ""));
        var texts = TextNode().Matches(markup)
            .Select(match => string.Join(' ', match.Groups["text"].Value.Split('\n').Where(line => !CodeLine().IsMatch(line))));
        var labels = LabelAttribute().Matches(markup).Select(match => match.Value);
        return texts.Concat(labels).Select(text => text.Trim()).Where(text => Word().IsMatch(text));
    }

    // Removes @expr, @(...), @T[...], @await ..., @foreach (...) and the directive lines, keeping the markup around them.
    private static string WithoutRazor(string page)
    {
        var lines = page.Split('\n').Where(line => !Directive().IsMatch(line));
        var source = string.Join('\n', lines).Replace("=>", " ", StringComparison.Ordinal);
        var kept = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] != '@' || i + 1 >= source.Length || source[i + 1] == '@')
            {
                kept.Append(source[i]);
                continue;
            }

            i = SkipExpression(source, i + 1) - 1;
        }

        return kept.ToString();
    }

    private static int SkipExpression(string source, int at)
    {
        var i = at;
        while (i < source.Length)
        {
            var c = source[i];
            if (char.IsLetterOrDigit(c) || c is '_' or '.' or '?' or '!')
            {
                i++;
            }
            else if (c is '(' or '[' or '<' && (c != '<' || i > at && char.IsLetter(source[i - 1])))
            {
                i = SkipGroup(source, i);
            }
            else if (c == ' ' && i + 1 < source.Length && (source[i + 1] == '(' || KeywordBefore(source, at, i)))
            {
                i++;
            }
            else
            {
                return i;
            }
        }

        return i;
    }

    private static bool KeywordBefore(string source, int at, int space) =>
        source[at..space] is "await" or "foreach" or "if" or "for" or "while" or "switch" or "using";

    private static int SkipGroup(string source, int open)
    {
        var (opening, closing) = (source[open], source[open] switch { '(' => ')', '[' => ']', _ => '>' });
        var depth = 0;
        for (var i = open; i < source.Length; i++)
        {
            depth += source[i] == opening ? 1 : source[i] == closing ? -1 : 0;
            if (depth == 0)
            {
                return i + 1;
            }
        }

        return source.Length;
    }

    [GeneratedRegex(@"[\u3040-\u30ff\u3400-\u9fff]")]
    private static partial Regex Kana();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();

    [GeneratedRegex(@"\{[0-9]+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z\u3040-\u30ff\u3400-\u9fff]{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"@\*.*?\*@|<script\b.*?</script>|<style\b.*?</style>|@\{.*?\n\}|@functions\s*\{.*?\n\}", RegexOptions.Singleline)]
    private static partial Regex NotMarkup();

    [GeneratedRegex(@"^\s*@(model|using|inject|page|addTagHelper|namespace|\{|\})")]
    private static partial Regex Directive();

    // What is left of C# between tags once expressions are gone: comments, braces, else, case labels, statements.
    [GeneratedRegex(@"^\s*(?://.*|[{}]|\}?\s*else\b.*|(?:foreach|if|for|while|switch)\s*\(.*|case\s.*:|default:|break;|.*;)?\s*$")]
    private static partial Regex CodeLine();

    [GeneratedRegex(@">(?<text>[^<>]+)<")]
    private static partial Regex TextNode();

    [GeneratedRegex(@"\b(?:placeholder|title|aria-label|alt)=""[^""@]*[A-Za-z\u3040-\u30ff\u3400-\u9fff][^""]*""")]
    private static partial Regex LabelAttribute();
}
