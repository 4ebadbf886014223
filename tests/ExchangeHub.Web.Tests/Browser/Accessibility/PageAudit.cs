using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ExchangeHub.Web.Tests.Browser.Accessibility;

/// <summary>What one visit of a page checks: axe's WCAG 2.1 AA rules at desktop width, then the layout at 375 px.</summary>
internal static class PageAudit
{
    public const int NarrowWidth = 375;

    // WCAG 2.1 A and AA, and the structure rules axe files under best practice: landmarks, one h1, heading order.
    private static readonly AxeRunOptions _wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        Rules = new[] { "heading-order", "landmark-one-main", "landmark-unique", "page-has-heading-one", "region", "skip-link" }
            .ToDictionary(rule => rule, _ => new RuleOptions { Enabled = true }),
    };

    /// <summary>Visits the page and returns what is wrong with it, one line each; none when all is well.</summary>
    public static async Task<IReadOnlyList<string>> VisitAsync(IPage page, string culture, string url, bool documentOnly)
    {
        var problems = new List<string>();
        await page.SetViewportSizeAsync(1280, 900);
        var response = await page.GotoAsync(url);
        if (response is null || response.Status >= 500)
        {
            return [$"{culture} {url}: answered {response?.Status}"];
        }

        var axe = await page.RunAxe(_wcag21AA);
        problems.AddRange(axe.Violations.SelectMany(violation => violation.Nodes.Select(node =>
            $"{culture} {url}: {violation.Id} ({violation.Impact}) at {node.Target} — {Trim(node.Html)}")));

        await page.SetViewportSizeAsync(NarrowWidth, 812);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (scrollWidth > NarrowWidth + 1)
        {
            var widest = await page.EvaluateAsync<string>(WidestElement, NarrowWidth);
            problems.Add($"{culture} {url}: scrolls sideways at {NarrowWidth} px ({scrollWidth} px wide; {widest})");
        }

        if (!documentOnly && !await MainNavigationReachableAsync(page))
        {
            problems.Add($"{culture} {url}: main navigation not reachable at {NarrowWidth} px");
        }

        return problems;
    }

    // Reachable: every link of the main navigation is visible within the narrow viewport's width.
    private static Task<bool> MainNavigationReachableAsync(IPage page) => page.EvaluateAsync<bool>("""
        (width) => {
          const links = [...document.querySelectorAll("header nav a, header nav button")];
          return links.length > 0 && links.every((link) => {
            const box = link.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= width + 1;
          });
        }
        """, NarrowWidth);

    private const string WidestElement = """
        (width) => [...document.querySelectorAll("body *")]
          .filter((element) => element.getBoundingClientRect().right > width + 1)
          .slice(-3)
          .map((element) => element.tagName.toLowerCase() + (element.className ? "." + String(element.className).split(" ").join(".") : ""))
          .join(", ")
        """;

    private static string Trim(string html) => html.Length <= 120 ? html : html[..120] + "…";
}
