using Microsoft.Playwright;

namespace ExchangeHub.Web.Tests.Browser;

/// <summary>A person in their own browser context, signed up and on a page.</summary>
public sealed record BrowserUser(IBrowserContext Context, IPage Page) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
