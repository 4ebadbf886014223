using ExchangeHub.Core.Features.Accounts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.MentorRequests;

/// <summary>A lab member asks for a mentor, for one of their labs.</summary>
[Authorize]
public sealed class NewModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public MentorRequestInput Input { get; set; } = new();

    public IReadOnlyList<LabMembership> Labs { get; private set; } = [];

    public string? FormProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? labId)
    {
        if (await LoadLabsAsync() is { } refusal)
        {
            return refusal;
        }

        Input.LabId = labId ?? (Labs.Count > 0 ? Labs[0].LabId : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadLabsAsync() is { } refusal)
        {
            return refusal;
        }

        var opened = await mediator.Send(Input.ToCommand());
        if (!opened.IsSuccess)
        {
            if (!opened.Problem.BelongsOnForm())
            {
                return this.ProblemResult(opened.Problem);
            }

            FormProblem = ModelState.AddProblem(opened.Problem, text, "MentorRequest");
            return Page();
        }

        TempData[Flash.Key] = "Flash.MentorRequestOpened";
        return RedirectToPage("/MentorRequests/Details", new { id = opened.ValueOrThrow().Request.Id });
    }

    private async Task<IActionResult?> LoadLabsAsync()
    {
        var me = await mediator.Send(new GetMeQuery());
        if (!me.IsSuccess)
        {
            return this.ProblemResult(me.Problem);
        }

        Labs = me.ValueOrThrow().Labs;
        return null;
    }
}
