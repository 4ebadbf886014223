using ExchangeHub.Core.Features.Consortia;

namespace ExchangeHub.Web.Pages.Consortia;

/// <summary>The consortium form as posted: the lead lab (when forming one), the name, the purpose and the deadline day.</summary>
public sealed class ConsortiumInput
{
    public string? LeadLabId { get; set; }

    public string? Name { get; set; }

    public string? Purpose { get; set; }

    public DateOnly? Deadline { get; set; }

    /// <summary>
    /// A deadline day is kept as the moment it begins in Japan: the reminders count whole days to it, and "due today"
    /// reaches people in the morning of that day rather than at midnight after it.
    /// </summary>
    public DateTimeOffset? DeadlineMoment => Deadline is { } day ? Display.JapanDayStart(day) : null;

    public static ConsortiumInput From(ConsortiumView consortium) => new()
    {
        LeadLabId = consortium.LeadLabId,
        Name = consortium.Name,
        Purpose = consortium.Purpose,
        Deadline = consortium.Deadline is { } deadline ? Display.JapanDate(deadline) : null,
    };
}
