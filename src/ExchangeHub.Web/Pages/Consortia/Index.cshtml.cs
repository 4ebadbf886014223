using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Notifications;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Consortia;

/// <summary>The consortia of the person's labs, lab by lab, and the form that forms a new one led by a lab they run.</summary>
[Authorize]
public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ConsortiumInput Input { get; set; } = new();

    public IReadOnlyList<LabConsortia> Labs { get; private set; } = [];

    public IReadOnlyList<LabMembership> AdminLabs { get; private set; } = [];

    public int InvitationCount { get; private set; }

    public string? FormProblem { get; private set; }

    public string LiveStreams { get; private set; } = "[]";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(new CreateConsortiumCommand(Input.Name ?? "", Input.Purpose ?? "", Input.LeadLabId ?? "", Input.DeadlineMoment));
        if (result.IsSuccess)
        {
            TempData[Flash.Key] = "Flash.ConsortiumCreated";
            return RedirectToPage("/Consortia/Details", new { id = result.ValueOrThrow().Id });
        }

        if (!result.Problem.BelongsOnForm())
        {
            return this.ProblemResult(result.Problem);
        }

        FormProblem = ModelState.AddProblem(result.Problem, text, "Consortium");
        return await LoadAsync() ?? Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var me = await mediator.Send(new GetMeQuery());
        if (!me.IsSuccess)
        {
            return this.ProblemResult(me.Problem);
        }

        var memberships = me.ValueOrThrow().Labs;
        AdminLabs = memberships.Where(m => m.Role == LabRoles.Admin).ToList();
        Input.LeadLabId ??= AdminLabs.Count > 0 ? AdminLabs[0].LabId : null;
        // One after another: the request's guards are scoped and not meant for parallel use.
        var labs = new List<LabConsortia>();
        foreach (var lab in memberships)
        {
            labs.Add(new LabConsortia(lab, (await mediator.Send(new ListLabConsortiaQuery(lab.LabId))).Value ?? []));
        }

        Labs = labs;
        InvitationCount = (await mediator.Send(new ListMyInvitationsQuery())).Value?.Count ?? 0;
        var inbox = (await mediator.Send(new GetNotificationsQuery(1))).Value;
        // Invitations reach the person's inbox stream; changes inside a consortium reach its own stream.
        LiveStreams = LiveRegion.Streams(
            [(StreamNames.User(me.ValueOrThrow().Id), inbox?.LastSeq ?? 0),
            .. labs.SelectMany(l => l.Consortia).Where(c => c.LabState == MemberStates.Joined)
                .GroupBy(c => c.ConsortiumId).Select(FollowedFrom)]);
        return null;
    }

    // From the oldest card shown (two of the person's labs may have been read either side of an event); a card
    // stored before cards kept the seq (0) is followed from the stream's start.
    private static (string Stream, long? Seq) FollowedFrom(IGrouping<string, ConsortiumRef> cards) =>
        (StreamNames.Consortium(cards.Key), cards.Min(c => c.LastSeq) is > 0 and var seq ? seq : null);
}

public sealed record LabConsortia(LabMembership Lab, IReadOnlyList<ConsortiumRef> Consortia);
