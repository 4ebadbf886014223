using ExchangeHub.Core.Common.Markdown;

namespace ExchangeHub.Core.Tests.Common.Markdown;

// The renderer runs without an HTML sanitiser; these prove that the sanitiser it used to run would find nothing to
// take out or change in what it writes, for every hostile string and for thousands of generated documents.
public sealed class MarkdownSanitizerOracleTests
{
    private const int GeneratedDocuments = 3000;

    private static readonly MarkdownRenderer _renderer = new();

    [Theory]
    [MemberData(nameof(XssCorpus.Theory), MemberType = typeof(XssCorpus))]
    public void ToSafeHtml_HostileInput_LeavesTheSanitizerNothingToChange(string markdown)
    {
        Assert.Null(SanitizerOracle.Check(_renderer, markdown));
    }

    [Fact]
    public void ToSafeHtml_GeneratedDocuments_LeaveTheSanitizerNothingToChange()
    {
        var documents = MarkdownCorpus.Generate(seed: 20261129, GeneratedDocuments);

        var findings = documents.Select(markdown => SanitizerOracle.Check(_renderer, markdown)).OfType<string>().ToList();

        TestContext.Current.TestOutputHelper?.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Length):N0} characters; {findings.Count} changed by the sanitiser");
        Assert.True(findings.Count == 0, $"{findings.Count} of {documents.Count} documents changed:\n{string.Join("\n", findings.Take(5))}");
    }

    // The oracle itself: HTML the renderer must never write is caught, and serialisation alone is no difference.
    [Theory]
    [InlineData("<p onclick=\"alert(1)\">x</p>")]
    [InlineData("<p><a href=\"javascript:alert(1)\" rel=\"nofollow noopener noreferrer\">x</a></p>")]
    [InlineData("<p><a href=\"https://example.jp\">x</a></p>")]
    [InlineData("<p><img src=\"data:image/png;base64,AAAA\" alt=\"x\"></p>")]
    [InlineData("<ul><li><input type=\"checkbox\"> x</li></ul>")]
    [InlineData("<table><tbody><tr><th style=\"text-align: right\">x</th></tr></tbody></table>")]
    [InlineData("<h1>x</h1><script>alert(1)</script>")]
    [InlineData("<p>x<!-- y --></p>")]
    public void Oracle_HtmlTheSanitizerWouldChange_IsCaught(string html)
    {
        Assert.NotNull(SanitizerOracle.Compare(html));
    }

    [Theory]
    [InlineData("<p>a<br />\nb &quot;c&quot; &amp; d</p>\n<hr />", "<p>a<br>\nb \"c\" &amp; d</p>\n<hr>")]
    [InlineData("<p><a href=\"https://example.jp\" rel=\"nofollow noopener noreferrer\">x</a></p>", "<p><a rel=\"nofollow noopener noreferrer\" href=\"https://example.jp\">x</a></p>")]
    public void Oracle_SameTreeWrittenTwoWays_IsNoDifference(string first, string second)
    {
        Assert.Null(SanitizerOracle.Compare(first));
        Assert.Null(SanitizerOracle.Compare(second));
    }

    [Fact]
    public void ToSafeHtml_GeneratedDocuments_UseEveryConstructTheOutputKnows()
    {
        var html = string.Concat(MarkdownCorpus.Generate(seed: 20261129, GeneratedDocuments).Select(_renderer.ToSafeHtml));

        string[] expected =
        [
            "<h2>", "<h6>", "<p>", "<br>", "<hr>", "<strong>", "<em>", "<del>", "<code>", "<pre><code class=\"language-", "<blockquote>",
            "<ul>", "<ol start=\"", "<li>", "<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\">", "<table>", "<thead>",
            "<tbody>", "<th class=\"align-center\">", "<td class=\"align-right\">", "<a href=\"https://", "<a href=\"mailto:",
            "<a href=\"/labs", " title=\"", "<a>", "<img src=\"", "&lt;script&gt;",
        ];
        Assert.All(expected, fragment => Assert.Contains(fragment, html, StringComparison.Ordinal));
    }
}
