using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Mentors;

/// <summary>How the mentor pages word durations and ratings in the reader's language.</summary>
public static class MentorText
{
    public static string Duration(IStringLocalizer text, long? seconds) => seconds switch
    {
        null => text["Mentors.NoData"],
        < 90 * 60 => text["Duration.Minutes", Math.Max(1, (seconds.Value + 59) / 60)],
        _ => text["Duration.Hours", Math.Round(seconds.Value / 3600.0, 1)],
    };

    public static string Rating(IStringLocalizer text, double? rating, int count) =>
        rating is { } average ? text["Mentors.RatingFormat", average.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture), count] : text["Mentors.NoData"];
}
