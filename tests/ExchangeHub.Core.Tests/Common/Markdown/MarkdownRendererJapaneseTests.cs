using ExchangeHub.Core.Common.Markdown;

namespace ExchangeHub.Core.Tests.Common.Markdown;

public sealed class MarkdownRendererJapaneseTests
{
    private static readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void ToSafeHtml_EmphasisAroundJapanesePunctuation_RendersStrong()
    {
        var html = _renderer.ToSafeHtml("**「担い手不足」**が課題です。");

        Assert.Contains("<strong>「担い手不足」</strong>が課題です。", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_SingleTildes_StayText()
    {
        var html = _renderer.ToSafeHtml("参加者は10~20人、期間は4月~6月です。");

        Assert.Equal("<p>参加者は10~20人、期間は4月~6月です。</p>\n", html);
    }

    [Fact]
    public void ToSafeHtml_LineBreakInParagraph_KeepsBreak()
    {
        var html = _renderer.ToSafeHtml("一行目\n二行目");

        Assert.Equal("<p>一行目<br>\n二行目</p>\n", html);
    }

    [Fact]
    public void ToSafeHtml_JapaneseText_KeepsTextIntact()
    {
        const string Text = "仙北市では、ドローンによる農薬散布と農産物の運搬を実証しています。高齢化と担い手不足への対応が狙いです。";

        var html = _renderer.ToSafeHtml(Text);

        Assert.Equal($"<p>{Text}</p>\n", html);
    }

    [Theory]
    [InlineData("詳細はhttps://example.jp/caseをご覧ください。", "詳細は<a href=\"https://example.jp/case\" rel=\"nofollow noopener noreferrer\">https://example.jp/case</a>をご覧ください。")]
    [InlineData("（https://example.jp/case）", "（<a href=\"https://example.jp/case\" rel=\"nofollow noopener noreferrer\">https://example.jp/case</a>）")]
    [InlineData("詳細はwww.example.jpへ", "詳細は<a href=\"http://www.example.jp\" rel=\"nofollow noopener noreferrer\">www.example.jp</a>へ")]
    public void ToSafeHtml_BareUrlInJapaneseSentence_LinksOnlyTheUrl(string markdown, string expected)
    {
        var html = _renderer.ToSafeHtml(markdown);

        Assert.Equal($"<p>{expected}</p>\n", html);
    }
}
