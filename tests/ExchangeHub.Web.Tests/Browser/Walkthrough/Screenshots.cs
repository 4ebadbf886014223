using Microsoft.Playwright;

namespace ExchangeHub.Web.Tests.Browser.Walkthrough;

/// <summary>Full-page pictures of the walk-through, numbered in the order they were taken, kept with the test's results.</summary>
internal sealed class Screenshots
{
    private readonly string _folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "walkthrough");
    private int _taken;

    public Screenshots()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        Directory.CreateDirectory(_folder);
    }

    public IReadOnlyList<string> Files => [.. Directory.EnumerateFiles(_folder, "*.png").Order(StringComparer.Ordinal)];

    public async Task TakeAsync(IPage page, string name)
    {
        _taken++;
        await page.ScreenshotAsync(new() { Path = Path.Combine(_folder, $"{_taken:00}-{name}.png"), FullPage = true });
    }
}
