using System.Globalization;
using System.Text.Json;
using ExchangeHub.Core.Features.Activity;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages;

/// <summary>How a feed item reads in the reader's language; the same patterns go to the browser for live items.</summary>
public static class ActivityText
{
    public static readonly string[] Kinds =
        [ActivityKinds.CaseStudyPublished, ActivityKinds.ConsortiumFormed, ActivityKinds.MentorRequestAnswered, ActivityKinds.LabApproved];

    public static string Sentence(IStringLocalizer text, ActivityItem item) => text[$"Activity.{item.Kind}", item.LabName, item.Title];

    /// <summary>The pattern of each kind with {0} for the lab and {1} for the title, for activity-feed.js.</summary>
    public static string PatternsJson(IStringLocalizer text) =>
        JsonSerializer.Serialize(Kinds.ToDictionary(kind => kind, kind => text[$"Activity.{kind}"].Value));

    public static string MonthLabel(string month)
    {
        var date = DateOnly.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture);
        return date.ToString(Display.IsJapanese ? "yyyy年M月" : "MMM yyyy", CultureInfo.CurrentCulture);
    }
}
