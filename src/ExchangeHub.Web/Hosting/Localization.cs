using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace ExchangeHub.Web.Hosting;

/// <summary>Japanese first, English second: a choice made on the page (kept in a cookie) wins, then the browser's languages, then Japanese.</summary>
public static class Localization
{
    public static readonly CultureInfo[] Cultures = [new("ja-JP"), new("en")];

    public static RequestLocalizationOptions Options { get; } = new()
    {
        DefaultRequestCulture = new RequestCulture(Cultures[0]),
        SupportedCultures = Cultures,
        SupportedUICultures = Cultures,
        RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()],
    };
}
