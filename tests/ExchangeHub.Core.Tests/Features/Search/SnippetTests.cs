using ExchangeHub.Core.Features.Search;

namespace ExchangeHub.Core.Tests.Features.Search;

public sealed class SnippetTests
{
    private static IReadOnlyList<QueryTerm> Terms(string query)
    {
        using var analyzer = new SearchAnalyzer();
        return QueryTerms.Of(analyzer, SearchFields.Text, query);
    }

    [Fact]
    public void Build_SeparateWordsOfOneQuery_MarkedSeparately()
    {
        var snippet = Snippets.Build("農業の担い手不足をドローンで補う。", Terms("農業用ドローン"));

        Assert.Equal("<mark>農業</mark>の担い手不足を<mark>ドローン</mark>で補う。", snippet);
    }

    [Fact]
    public void Build_HalfWidthTextAndHiraganaQuery_MarksTheCharactersAsWritten()
    {
        var snippet = Snippets.Build("ﾄﾞﾛｰﾝで運ぶ", Terms("どろーん"));

        Assert.Equal("<mark>ﾄﾞﾛｰﾝ</mark>で運ぶ", snippet);
    }

    [Fact]
    public void Build_MarkupInText_IsEscaped()
    {
        var snippet = Snippets.Build("<script>alert('x')</script> & IoT", Terms("iot"));

        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>IoT</mark>", snippet);
    }

    [Fact]
    public void Build_LongText_CutsAroundTheMatch()
    {
        var text = new string('あ', 500) + "ドローン" + new string('い', 500);

        var snippet = Snippets.Build(text, Terms("ドローン"));

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>ドローン</mark>", snippet);
        Assert.True(snippet.Length < Snippets.Length + 30);
    }

    [Fact]
    public void Build_LatinTypo_MarksTheWordItMatched()
    {
        var snippet = Snippets.Build("a drone port", Terms("dronne"));

        Assert.Equal("a <mark>drone</mark> port", snippet);
    }
}
