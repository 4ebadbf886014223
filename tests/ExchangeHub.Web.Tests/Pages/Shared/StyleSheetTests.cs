using ExchangeHub.Web.Tests.Localization;

namespace ExchangeHub.Web.Tests.Pages.Shared;

public sealed class StyleSheetTests
{
    // A rule left open turns every later rule into a nested one that matches nothing, silently.
    [Fact]
    public void SiteCss_EveryUnindentedSelector_StartsAtTheTopLevel()
    {
        var lines = File.ReadAllLines(Path.Combine(ResourceTests.WebProject, "wwwroot", "css", "site.css"));
        var depth = 0;
        var nested = new List<string>();

        foreach (var (line, number) in lines.Select((line, index) => (line, index + 1)))
        {
            if (depth > 0 && line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] is not ('}' or '/' or '@'))
            {
                nested.Add($"{number}: {line}");
            }

            depth += line.Count(c => c == '{') - line.Count(c => c == '}');
        }

        Assert.Empty(nested);
        Assert.Equal(0, depth);
    }
}
