namespace ExchangeHub.Web.Pages.Consortia;

/// <summary>A consortium's deadline as its page shows it: the day in Japan and how many days are left until it.</summary>
public sealed record DeadlineDay(DateOnly Date, int DaysLeft)
{
    public static DeadlineDay? Of(DateTimeOffset? deadline, DateTimeOffset now) => deadline is { } at
        ? new DeadlineDay(Display.JapanDate(at), Display.JapanDate(at).DayNumber - Display.JapanDate(now).DayNumber)
        : null;
}
