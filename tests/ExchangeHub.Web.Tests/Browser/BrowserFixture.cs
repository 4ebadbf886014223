using Microsoft.Playwright;

namespace ExchangeHub.Web.Tests.Browser;

/// <summary>One app and one headless Debian Chromium for the tests of a class; each test opens its own contexts.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public KestrelAppFactory App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _ = App.ServerAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.Locale ??= "ja-JP";
        options.BaseURL = App.ServerAddress.ToString();
        var context = await (_browser ?? throw new InvalidOperationException("The browser starts in InitializeAsync."))
            .NewContextAsync(options);

        // Generous but bounded: the whole suite shares two cores with hub processes and a browser.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return context;
    }

    /// <summary>A new person in a context of their own, signed up through the register page.</summary>
    public async Task<BrowserUser> SignUpAsync(string displayName)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await PageSteps.SignUpAsync(page, displayName);
        return new BrowserUser(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
