using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Partners;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Partners;

/// <summary>Asks another lab to work together, from a lab the person runs; from a recommendation or a lab's page.</summary>
[Authorize]
public sealed class NewRequestModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "to")]
    public string ToLabId { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty]
    public PartnershipInput Input { get; set; } = new();

    private LabDetails? _target;

    public LabDetails Target => _target ?? throw new InvalidOperationException("The lab asked is read before the page renders.");

    /// <summary>The labs the person runs, which may ask.</summary>
    public IReadOnlyList<LabMembership> AdminLabs { get; private set; } = [];

    /// <summary>Consortia the person's labs lead and may grow, by lab.</summary>
    public IReadOnlyList<(LabMembership Lab, ConsortiumRef Consortium)> Consortia { get; private set; } = [];

    public string? FormProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
        {
            return refusal;
        }

        var result = await mediator.Send(new RequestPartnershipCommand(
            Input.FromLabId ?? "", ToLabId, Input.Message, string.IsNullOrEmpty(Input.ConsortiumId) ? null : Input.ConsortiumId));
        if (result.IsSuccess)
        {
            TempData[Flash.Key] = "Flash.PartnershipRequested";
            return RedirectToPage("/Partners/Requests");
        }

        if (!result.Problem.BelongsOnForm())
        {
            return this.ProblemResult(result.Problem);
        }

        FormProblem = ModelState.AddProblem(result.Problem, text, "Partnership");
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        _target = (await mediator.Send(new GetLabQuery(ToLabId))).Value;
        var me = (await mediator.Send(new GetMeQuery())).Value;
        if (_target is null || me is null)
        {
            return NotFound();
        }

        AdminLabs = [.. me.Labs.Where(lab => lab.Role == LabRoles.Admin && lab.LabId != ToLabId)];
        Input.FromLabId ??= From ?? (AdminLabs.Count > 0 ? AdminLabs[0].LabId : null);
        var led = await Task.WhenAll(AdminLabs.Select(async lab => ((await mediator.Send(new ListLabConsortiaQuery(lab.LabId))).Value ?? [])
            .Where(c => c.Leads && c.LabState == MemberStates.Joined && !ConsortiumStatus.IsOutcome(c.Status) && c.Status != ConsortiumStatus.Submitted)
            .Select(c => (lab, c))));
        Consortia = [.. led.SelectMany(pairs => pairs)];
        return null;
    }
}

/// <summary>What the person fills in when asking another lab.</summary>
public sealed class PartnershipInput
{
    public string? FromLabId { get; set; }

    public string? Message { get; set; }

    public string? ConsortiumId { get; set; }
}
