using ExchangeHub.Core.Common.Markdown;

namespace ExchangeHub.Core.Tests.Common.Markdown;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void ToSafeHtml_Emphasis_RendersStrongEmAndDel()
    {
        var html = _renderer.ToSafeHtml("**強調**と*斜体*と~~取り消し~~");

        Assert.Equal("<p><strong>強調</strong>と<em>斜体</em>と<del>取り消し</del></p>\n", html);
    }

    [Fact]
    public void ToSafeHtml_Lists_RendersItems()
    {
        var html = _renderer.ToSafeHtml("- 農業\n- 観光\n\n1. 計画\n2. 実証");

        Assert.Equal("<ul>\n<li>農業</li>\n<li>観光</li>\n</ul>\n<ol>\n<li>計画</li>\n<li>実証</li>\n</ol>\n", html);
    }

    [Fact]
    public void ToSafeHtml_TaskList_RendersDisabledCheckboxes()
    {
        var html = _renderer.ToSafeHtml("- [x] 協定締結\n- [ ] 実証開始");

        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\"> 協定締結", html, StringComparison.Ordinal);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\"> 実証開始", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_PipeTable_RendersCellsWithAlignmentClasses()
    {
        var html = _renderer.ToSafeHtml("| 指標 | 目標 |\n|:--|--:|\n| 散布面積 | 600 ha |");

        Assert.Contains("<th class=\"align-left\">指標</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-right\">600 ha</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_FencedCode_EscapesContentAndKeepsLanguage()
    {
        var html = _renderer.ToSafeHtml("```csharp\nif (a < b && c > d) { }\n```");

        Assert.Equal("<pre><code class=\"language-csharp\">if (a &lt; b &amp;&amp; c &gt; d) { }\n</code></pre>\n", html);
    }

    [Fact]
    public void ToSafeHtml_Heading_DemotesOneLevelWithoutId()
    {
        var html = _renderer.ToSafeHtml("# 取組の概要\n\n###### 補足");

        Assert.Equal("<h2>取組の概要</h2>\n<h6>補足</h6>\n", html);
    }

    [Theory]
    [InlineData("[サイト](https://www.example.jp/dx)", "https://www.example.jp/dx")]
    [InlineData("[サイト](http://example.jp/)", "http://example.jp/")]
    [InlineData("[連絡](mailto:lab@example.jp)", "mailto:lab@example.jp")]
    [InlineData("[ラボ](/labs/senboku)", "/labs/senboku")]
    [InlineData("https://example.jp/case", "https://example.jp/case")]
    public void ToSafeHtml_AllowedLink_KeepsHrefAndAddsRel(string markdown, string href)
    {
        var html = _renderer.ToSafeHtml(markdown);

        Assert.Contains($"href=\"{href}\" rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_RelativeImage_KeepsSrcAndAlt()
    {
        var html = _renderer.ToSafeHtml("![圃場の様子](/media/field.jpg)");

        Assert.Equal("<p><img src=\"/media/field.jpg\" alt=\"圃場の様子\"></p>\n", html);
    }

    [Theory]
    [MemberData(nameof(XssCorpus.Theory), MemberType = typeof(XssCorpus))]
    public void ToSafeHtml_HostileInput_LeavesNoScriptHandlerOrUnsafeUrl(string markdown)
    {
        var html = _renderer.ToSafeHtml(markdown);

        SafeHtmlAssert.IsSafe(html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("前文 <b>太字</b> 後文", "前文 &lt;b&gt;太字&lt;/b&gt; 後文")]
    public void ToSafeHtml_RawHtml_ShowsItAsText(string markdown, string expected)
    {
        var html = _renderer.ToSafeHtml(markdown);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_UnsafeLink_KeepsLinkText()
    {
        var html = _renderer.ToSafeHtml("[詳しくはこちら](javascript:alert(1))");

        Assert.Equal("<p><a>詳しくはこちら</a></p>\n", html);
    }

    [Fact]
    public async Task ToSafeHtml_CalledConcurrently_GivesSameOutputAsSequential()
    {
        const string Markdown = "# 見出し\n\n| a | b |\n|--|--|\n| 1 | [x](https://example.jp) |\n\n- [ ] todo";
        var expected = _renderer.ToSafeHtml(Markdown);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => _renderer.ToSafeHtml(Markdown))));

        Assert.All(results, html => Assert.Equal(expected, html));
    }
}
