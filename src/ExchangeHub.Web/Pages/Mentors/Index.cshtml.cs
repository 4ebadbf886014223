using ExchangeHub.Core.Common.Themes;
using ExchangeHub.Core.Features.Mentors;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Mentors;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool OnDuty { get; set; }

    public IReadOnlyList<MentorSummary> Mentors { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var theme = Themes.IsKnown(Theme) ? Theme : null;
        Mentors = (await mediator.Send(new ListMentorsQuery(theme, OnDuty))).ValueOrThrow();
    }
}
