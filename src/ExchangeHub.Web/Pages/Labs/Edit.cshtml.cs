using System.Security.Claims;
using ExchangeHub.Core.Features.Labs;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Labs;

[Authorize]
public sealed class EditModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    private LabDetails? _lab;

    public LabDetails Lab => _lab ?? throw new InvalidOperationException("The lab is read before the page renders.");

    [BindProperty]
    public LabInput Input { get; set; } = new();

    [BindProperty]
    public MemberInput Member { get; set; } = new();

    public string? FormProblem { get; private set; }

    public string? MemberProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string labId)
    {
        if (await LoadAsync(labId) is { } refusal)
        {
            return refusal;
        }

        Input = LabInput.From(Lab.Fields);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string labId)
    {
        if (await LoadAsync(labId) is { } refusal)
        {
            return refusal;
        }

        var (fields, badKpiLine) = Input.ToFields();
        if (fields is null)
        {
            ModelState.AddModelError("Input.Kpis", text["Lab.KpiLineInvalid", badKpiLine]);
            FormProblem = text["Problem.Invalid"];
            return Page();
        }

        var result = await mediator.Send(new UpdateLabCommand(labId, fields));
        if (!result.IsSuccess)
        {
            if (!result.Problem.BelongsOnForm())
            {
                return this.ProblemResult(result.Problem);
            }

            FormProblem = ModelState.AddProblem(result.Problem, text, "Lab");
            return Page();
        }

        TempData[Flash.Key] = "Flash.LabSaved";
        return RedirectToPage("/Labs/Details", new { labId });
    }

    public async Task<IActionResult> OnPostAddMemberAsync(string labId)
    {
        if (await LoadAsync(labId) is { } refusal)
        {
            return refusal;
        }

        Input = LabInput.From(Lab.Fields);
        var result = await mediator.Send(new AddLabMemberCommand(labId, Member.Email ?? "", Member.Role ?? ""));
        if (!result.IsSuccess)
        {
            if (!result.Problem.BelongsOnForm() && result.Problem.Errors is null)
            {
                return this.ProblemResult(result.Problem);
            }

            MemberProblem = ModelState.AddProblem(result.Problem, text, "Member", nameof(Member));
            return Page();
        }

        TempData[Flash.Key] = "Flash.MemberAdded";
        return RedirectToPage("/Labs/Edit", null, new { labId }, "add-member");
    }

    // Only the lab's admins see this page; the mediator checks again on every change.
    private async Task<IActionResult?> LoadAsync(string labId)
    {
        var result = await mediator.Send(new GetLabQuery(labId));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        _lab = result.ValueOrThrow();
        return _lab.RoleOf(User.FindFirstValue(ClaimTypes.NameIdentifier)) == LabRoles.Admin
            ? null
            : StatusCode(StatusCodes.Status403Forbidden);
    }
}

public sealed class MemberInput
{
    public string? Email { get; set; }

    public string? Role { get; set; } = LabRoles.Member;
}
