using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Pages.Search;

public sealed class FilterPagesTests(HubServer server)
{
    [Fact]
    public async Task LabsPage_FiltersInTheQuery_AreKeptInTheFormAndThePagingLinks()
    {
        var html = await server.AnonymousHtmlAsync("/labs?q=%E4%BB%99%E5%8C%97&prefecture=05&region=tohoku&theme=agriculture&programme=dx&skip=-3");

        PageVisit.Shows(
            html,
            "name=\"q\" type=\"search\" value=\"仙北\"",
            "<option value=\"05\" selected=\"selected\">",
            "<option value=\"tohoku\" selected=\"selected\">",
            "<option value=\"agriculture\" selected=\"selected\">",
            "<option value=\"dx\" selected=\"selected\">");
        Assert.DoesNotContain("rel=\"prev\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_FiltersInTheQuery_AreKeptInTheForm()
    {
        var html = await server.AnonymousHtmlAsync("/search?q=%E3%83%89%E3%83%AD%E3%83%BC%E3%83%B3&type=lab&prefecture=05&region=tohoku&theme=agriculture");

        PageVisit.Shows(
            html,
            "value=\"ドローン\"",
            "<option value=\"lab\" selected=\"selected\">",
            "<option value=\"05\" selected=\"selected\">",
            "<option value=\"tohoku\" selected=\"selected\">",
            "<option value=\"agriculture\" selected=\"selected\">");
    }
}
