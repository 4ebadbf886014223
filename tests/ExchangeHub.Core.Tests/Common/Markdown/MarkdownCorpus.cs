using System.Text;

namespace ExchangeHub.Core.Tests.Common.Markdown;

// Seeded random Markdown that uses every construct the pipeline knows, nested and mixed, with safe and hostile
// URLs, titles, info strings and raw HTML in every place they can go. The same seed gives the same documents.
internal static class MarkdownCorpus
{
    private static readonly string[] _urls =
    [
        "https://example.jp/case", "http://example.jp/a?b=1&c=2#d", "mailto:lab@example.jp", "/labs/senboku", "labs/a b",
        "#section", "?page=2", "", "https://例え.jp/事例", "https://example.jp/(paren)", "//example.jp/x", "../up",
        "HTTPS://EXAMPLE.JP", "https://example.jp/\"quoted\"", "https://example.jp/<angle>", "https://example.jp/%20x",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "&#106;avascript:alert(1)", "javascript&colon;x",
        "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=", "data:image/png;base64,AAAA", "javascript%3Aalert(1)",
        "%6Aavascript:alert(1)", "\u200Bjavascript:alert(1)", "ｊａｖａｓｃｒｉｐｔ:alert(1)", "file:///etc/passwd", "ftp://example.jp/x",
        "tel:0120000000", "about:blank", "x:y", "https://example.jp/\"onmouseover=\"alert(1)",
    ];

    private static readonly string[] _words =
    [
        "仙北市", "ドローン", "実証", "農業DX", "Lab", "IoT", "10~20人", "（詳細）", "「担い手」", "data", "KPI", "a & b", "x < y > z",
        "\"引用\"", "'single'", "&amp;", "&copy;", "&#60;b&#62;", "&nbsp;", "&#0;", "\\*not\\*", "5 * 3", "_x_y_", "~tilde~",
        "１２３", "é", "\u00A0", "\u3000", "ﾄﾞﾛｰﾝ", "🌾", "on", "onclick=alert(1)", "style=color:red", "{#id .class}",
    ];

    private static readonly string[] _rawHtml =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>太字</b>", "<!-- comment -->", "<div style=\"x\">",
        "<a href=\"javascript:alert(1)\">x</a>", "<svg onload=alert(1)>", "</p><p>", "<br/>", "<input type=text>", "&lt;b&gt;",
        "<?php x ?>", "<![CDATA[x]]>", "<math>", "</td></tr></table>",
    ];

    private static readonly string[] _infoStrings = ["", "csharp", "js\" onmouseover=\"alert(1)", "<script>", "c# {.x}", "日本語", "a b c"];

    public static IReadOnlyList<string> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var documents = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            for (var block = random.Next(1, 7); block > 0; block--)
            {
                AppendBlock(text, random, depth: 0);
                text.Append(random.Next(4) == 0 ? "\n" : "\n\n");
            }

            documents.Add(text.ToString());
        }

        return documents;
    }

    private static void AppendBlock(StringBuilder text, Random random, int depth)
    {
        switch (random.Next(depth < 2 ? 12 : 8))
        {
            case 0:
                text.Append('#', random.Next(1, 7)).Append(' ').Append(Inline(random, 0));
                break;
            case 1:
                var fence = random.Next(2) == 0 ? "```" : "~~~";
                text.Append(fence).Append(Pick(random, _infoStrings)).Append('\n').Append(Inline(random, 0)).Append('\n').Append(fence);
                break;
            case 2:
                text.Append("    ").Append(Pick(random, _rawHtml)).Append(' ').Append(Pick(random, _words));
                break;
            case 3:
                text.Append(Pick(random, ["---", "***", "___", "- - -"]));
                break;
            case 4:
                text.Append(Table(random));
                break;
            case 5:
                text.Append("[r").Append(random.Next(3)).Append("]: ").Append(Destination(random)).Append(Title(random));
                break;
            case 6:
                text.Append(Pick(random, _rawHtml)).Append('\n').Append(Inline(random, 0));
                break;
            case 8:
                AppendList(text, random, depth);
                break;
            case 9:
                var quoted = new StringBuilder();
                AppendBlock(quoted, random, depth + 1);
                text.Append("> ").Append(quoted.ToString().Replace("\n", "\n> ", StringComparison.Ordinal));
                break;
            case 10:
                AppendList(text, random, depth);
                break;
            default:
                text.Append(Inline(random, 0));
                if (random.Next(3) == 0)
                {
                    text.Append(Pick(random, ["\n", "  \n", "\\\n"])).Append(Inline(random, 0));
                }

                break;
        }
    }

    private static void AppendList(StringBuilder text, Random random, int depth)
    {
        var ordered = random.Next(2) == 0;
        var indent = new string(' ', depth * 4);
        var start = random.Next(0, 12);
        for (var item = random.Next(1, 4); item > 0; item--)
        {
            text.Append(indent).Append(ordered ? $"{start++}{Pick(random, [".", ")"])} " : Pick(random, ["- ", "* ", "+ "]));
            text.Append(random.Next(3) switch { 0 => "[ ] ", 1 => "[x] ", _ => "" }).Append(Inline(random, 0)).Append('\n');
            if (depth < 2 && random.Next(4) == 0)
            {
                var nested = new StringBuilder();
                AppendBlock(nested, random, depth + 1);
                text.Append(indent).Append("    ").Append(nested.ToString().Replace("\n", "\n    " + indent, StringComparison.Ordinal)).Append('\n');
            }
        }
    }

    private static string Table(Random random)
    {
        var columns = random.Next(1, 5);
        var header = string.Join(" | ", Enumerable.Range(0, columns).Select(_ => Inline(random, 2)));
        var separator = string.Join(" | ", Enumerable.Range(0, columns).Select(_ => Pick(random, ["---", ":--", "--:", ":-:"])));
        var rows = Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => "| " + string.Join(" | ", Enumerable.Range(0, random.Next(1, columns + 2)).Select(_ => Inline(random, 2))) + " |");
        return $"| {header} |\n| {separator} |\n{string.Join("\n", rows)}";
    }

    private static string Inline(Random random, int depth)
    {
        var text = new StringBuilder();
        for (var part = random.Next(1, 6); part > 0; part--)
        {
            var inner = depth < 3 ? Inline(random, depth + 1) : Pick(random, _words);
            text.Append(random.Next(depth < 3 ? 22 : 6) switch
            {
                0 or 1 or 2 => Pick(random, _words),
                3 => "**" + Pick(random, _words) + "**",
                4 => "`" + Pick(random, [.. _words, .. _rawHtml]) + "`",
                5 => "詳細は" + Pick(random, ["https://example.jp/caseです。", "www.example.jp/事例を", "http://example.jp/a（b）", "https://example.jp/\"x"]),
                6 => $"[{inner}]({Destination(random)}{Title(random)})",
                7 => $"![{inner}]({Destination(random)}{Title(random)})",
                8 => $"<{Pick(random, _urls)}>",
                9 => Pick(random, ["<lab@example.jp>", "lab@example.jp", "<a@b>", "mailto:x@example.jp"]),
                10 => $"[{inner}][r{random.Next(3)}]",
                11 => Pick(random, _rawHtml),
                12 => "*" + inner + "*",
                13 => "~~" + inner + "~~",
                14 => "**「" + inner + "」**が",
                15 => $"[![{Pick(random, _words)}]({Destination(random)})]({Destination(random)})",
                16 => $"[{inner} https://example.jp/inner]({Destination(random)})",
                17 => Pick(random, _urls) + " ",
                18 => "_" + inner + "_",
                _ => " " + Pick(random, _words) + " ",
            });
        }

        return text.ToString();
    }

    private static string Destination(Random random)
    {
        var url = Pick(random, _urls);
        return random.Next(3) == 0 ? $"<{url}>" : url.Replace(" ", "%20", StringComparison.Ordinal);
    }

    private static string Title(Random random) => random.Next(4) switch
    {
        0 => " \"題名\"",
        1 => " 'a\" onmouseover=\"alert(1)'",
        2 => " (<b>x</b> & \"y\")",
        _ => "",
    };

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
