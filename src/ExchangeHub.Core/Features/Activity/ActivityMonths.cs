using System.Globalization;

namespace ExchangeHub.Core.Features.Activity;

/// <summary>Months as the programme counts them: in Japan time, keyed yyyy-MM.</summary>
public static class ActivityMonths
{
    private static readonly TimeSpan _japan = TimeSpan.FromHours(9);

    public static DateOnly Of(DateTimeOffset at)
    {
        var local = at.ToOffset(_japan);
        return new DateOnly(local.Year, local.Month, 1);
    }

    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Key(DateTimeOffset at) => Key(Of(at));
}
