using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace ExchangeHub.Web.Hosting;

/// <summary>Japanese first: every page and message is Japanese until the person chooses English (kept in a cookie, or ?culture=en).</summary>
public static class Localization
{
    public static readonly CultureInfo[] Cultures = [new("ja-JP"), new("en")];

    public static RequestLocalizationOptions Options { get; } = new()
    {
        DefaultRequestCulture = new RequestCulture(Cultures[0]),
        SupportedCultures = Cultures,
        SupportedUICultures = Cultures,
        RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
    };
}
