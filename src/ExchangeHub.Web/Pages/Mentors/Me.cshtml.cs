using ExchangeHub.Core.Features.Mentors;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Mentors;

[Authorize]
public sealed class MeModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public MentorInput Input { get; set; } = new() { OnDuty = true };

    public MentorProfile? Profile { get; private set; }

    public string? FormProblem { get; private set; }

    public async Task OnGetAsync()
    {
        Profile = (await mediator.Send(new GetMentorQuery(null))).Value;
        if (Profile is not null)
        {
            Input = MentorInput.From(Profile);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var saved = await mediator.Send(new SaveMentorProfileCommand(Input.ToFields()));
        if (!saved.IsSuccess)
        {
            if (!saved.Problem.BelongsOnForm())
            {
                return this.ProblemResult(saved.Problem);
            }

            Profile = (await mediator.Send(new GetMentorQuery(null))).Value;
            FormProblem = ModelState.AddProblem(saved.Problem, text, "Mentor");
            return Page();
        }

        TempData[Flash.Key] = "Flash.MentorSaved";
        return RedirectToPage();
    }

    /// <summary>Goes on or off duty in one click, keeping the rest of the profile.</summary>
    public async Task<IActionResult> OnPostDutyAsync(bool onDuty)
    {
        if ((await mediator.Send(new GetMentorQuery(null))).Value is not { } profile)
        {
            return RedirectToPage();
        }

        var saved = await mediator.Send(new SaveMentorProfileCommand(MentorInput.From(profile).ToFields() with { OnDuty = onDuty }));
        if (!saved.IsSuccess)
        {
            return this.ProblemResult(saved.Problem);
        }

        TempData[Flash.Key] = onDuty ? "Flash.OnDuty" : "Flash.OffDuty";
        return RedirectToPage();
    }
}
