using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace ExchangeHub.Web.Pages;

/// <summary>
/// The filters the search and the lab directory share, bound from the query string (free text as "q", prefecture,
/// region, theme, skip); each page adds the one filter of its own (the search's type, the directory's programme).
/// </summary>
public sealed class ListFilter
{
    [BindProperty(Name = "q")]
    public string? Text { get; set; }

    public string? Prefecture { get; set; }

    public string? Region { get; set; }

    public string? Theme { get; set; }

    public int Skip
    {
        get;
        set => field = Math.Max(value, 0);
    }

    /// <summary>Whether any filter is given, the page's own one included.</summary>
    public bool IsSet(string? own) => new[] { Text, Prefecture, Region, Theme, own }.Any(value => !string.IsNullOrWhiteSpace(value));

    /// <summary>The query of the same filters at another offset, for the previous and next links.</summary>
    public Dictionary<string, string?> RouteFor(int skip, string ownName, string? own) => new()
    {
        ["q"] = Blank(Text),
        [ownName] = Blank(own),
        ["prefecture"] = Blank(Prefecture),
        ["region"] = Blank(Region),
        ["theme"] = Blank(Theme),
        ["skip"] = skip > 0 ? skip.ToString(CultureInfo.InvariantCulture) : null,
    };

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
