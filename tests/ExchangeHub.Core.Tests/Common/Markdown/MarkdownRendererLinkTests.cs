using ExchangeHub.Core.Common.Markdown;

namespace ExchangeHub.Core.Tests.Common.Markdown;

// Links, images and boxes as our own renderers write them, now that no sanitiser rewrites the output.
public sealed class MarkdownRendererLinkTests
{
    private static readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void ToSafeHtml_UnsafeImage_ShowsItsAltText()
    {
        var html = _renderer.ToSafeHtml("前 ![圃場の *様子*](javascript:alert(1)) 後");

        Assert.Equal("<p>前 圃場の 様子 後</p>\n", html);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>", "<p><a>javascript:alert(1)</a></p>\n")]
    [InlineData("<lab@example.jp>", "<p><a href=\"mailto:lab@example.jp\" rel=\"nofollow noopener noreferrer\">lab@example.jp</a></p>\n")]
    [InlineData("<https://example.jp/a?b=1&c=2>", "<p><a href=\"https://example.jp/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\">https://example.jp/a?b=1&amp;c=2</a></p>\n")]
    public void ToSafeHtml_AngleBracketAutolink_CheckedLikeAnyLink(string markdown, string expected)
    {
        Assert.Equal(expected, _renderer.ToSafeHtml(markdown));
    }

    [Fact]
    public void ToSafeHtml_LinkWithTitle_WritesHrefTitleAndRelOnly()
    {
        var html = _renderer.ToSafeHtml("[報告書](https://example.jp/r.pdf \"2025年度\")");

        Assert.Equal("<p><a href=\"https://example.jp/r.pdf\" title=\"2025年度\" rel=\"nofollow noopener noreferrer\">報告書</a></p>\n", html);
    }

    [Fact]
    public void ToSafeHtml_RefusedLinkAroundImage_KeepsTheImageWithoutTheLink()
    {
        var html = _renderer.ToSafeHtml("[![図](/media/map.png)](vbscript:msgbox(1))");

        Assert.Equal("<p><a><img src=\"/media/map.png\" alt=\"図\"></a></p>\n", html);
    }

    [Fact]
    public void ToSafeHtml_ThematicBreakAndHardBreak_WrittenAsHtml5()
    {
        var html = _renderer.ToSafeHtml("一\\\n二\n\n---");

        Assert.Equal("<p>一<br>\n二</p>\n<hr>\n", html);
    }
}
