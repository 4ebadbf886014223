using ExchangeHub.Core.Features.Mentors;

namespace ExchangeHub.Web.Pages.MentorRequests;

public sealed class MentorRequestInput
{
    public string? LabId { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public List<string> Themes { get; set; } = [];

    public string Urgency { get; set; } = MentorUrgency.Normal;

    public OpenMentorRequestCommand ToCommand() => new(LabId ?? "", Title ?? "", Body ?? "", Themes, Urgency);
}
