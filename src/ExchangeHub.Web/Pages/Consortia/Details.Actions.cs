using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Consortia;
using Microsoft.AspNetCore.Mvc;

namespace ExchangeHub.Web.Pages.Consortia;

/// <summary>What the consortium page's forms do: invite, hand over the lead, leave, move the status and edit the details.</summary>
public sealed partial class DetailsModel
{
    private const string EditForm = "Consortium";

    public async Task<IActionResult> OnPostInviteAsync(string id, string? labId)
    {
        var result = await mediator.Send(new InviteLabCommand(id, labId ?? ""));
        return result.IsSuccess
            ? Done(id, "Flash.LabInvited", "members")
            : await ShowAsync(id, result.Problem, problem => InviteProblem = problem, "Invite");
    }

    public async Task<IActionResult> OnPostHandOverAsync(string id, string? labId)
    {
        var result = await mediator.Send(new HandOverLeadCommand(id, labId ?? ""));
        return result.IsSuccess
            ? Done(id, "Flash.LeadHandedOver", "members")
            : await ShowAsync(id, result.Problem, problem => ActionProblem = problem, "HandOver");
    }

    public async Task<IActionResult> OnPostLeaveAsync(string id, string? labId)
    {
        var result = await mediator.Send(new LeaveConsortiumCommand(id, labId ?? ""));
        if (!result.IsSuccess)
        {
            return await ShowAsync(id, result.Problem, problem => ActionProblem = problem, "Leave");
        }

        TempData[Flash.Key] = "Flash.ConsortiumLeft";
        return RedirectToPage("/Consortia/Index");
    }

    public async Task<IActionResult> OnPostStatusAsync(string id, string? status)
    {
        var result = await mediator.Send(new SetConsortiumStatusCommand(id, status ?? ""));
        return result.IsSuccess
            ? Done(id, "Flash.StatusChanged", null)
            : await ShowAsync(id, result.Problem, problem => ActionProblem = problem, "Status");
    }

    public async Task<IActionResult> OnPostUpdateAsync(string id)
    {
        var result = await mediator.Send(new UpdateConsortiumCommand(id, Edit.Name ?? "", Edit.Purpose ?? "", Edit.DeadlineMoment));
        return result.IsSuccess
            ? Done(id, "Flash.ConsortiumSaved", null)
            : await ShowAsync(id, result.Problem, problem => EditProblem = problem, EditForm);
    }

    private RedirectToPageResult Done(string id, string flash, string? fragment)
    {
        TempData[Flash.Key] = flash;
        return RedirectToPage("/Consortia/Details", null, new { id }, fragment);
    }

    // A refusal the person can act on is shown by the form it came from; anything else is a page of its own.
    private async Task<IActionResult> ShowAsync(string id, Problem problem, Action<string> show, string form)
    {
        if (!problem.BelongsOnForm() && problem.Kind != ProblemKind.NotFound)
        {
            return this.ProblemResult(problem);
        }

        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (form == EditForm)
        {
            show(ModelState.AddProblem(problem, text, EditForm, nameof(Edit)));
        }
        else
        {
            Edit = ConsortiumInput.From(Consortium);
            show(problem.Errors?.Values.SelectMany(errors => errors).FirstOrDefault() ?? problem.Detail);
        }

        return Page();
    }
}
