using System.Security.Claims;
using ExchangeHub.Core.Features.Applications;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Web.Pages.Threads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Consortia;

/// <summary>
/// A consortium as its member labs see it: status and deadline, member labs and their states, the private thread and
/// the application workspace; the lead's admins run it from here, the operator records the outcome.
/// </summary>
public sealed partial class DetailsModel(IMediator mediator, IStringLocalizer<SharedResource> text, TimeProvider clock) : PageModel, IDiscussionPage
{
    public const int InvitableShown = 100;

    private ConsortiumRole? _role;
    private ThreadDisplay? _discussion;

    public ConsortiumRole Role => _role ?? throw new InvalidOperationException("The consortium is read before the page renders.");

    public ConsortiumView Consortium => Role.Consortium;

    public DeadlineDay? Deadline => DeadlineDay.Of(Consortium.Deadline, clock.GetUtcNow());

    public string LeadLabName => Consortium.Members.FirstOrDefault(m => m.LabId == Consortium.LeadLabId)?.LabName ?? "";

    /// <summary>The labs the person runs that have joined and may leave (the lead lab hands over first).</summary>
    public IEnumerable<ConsortiumMember> MyLeavableLabs => Consortium.Members.Where(m =>
        m.State == MemberStates.Joined && m.LabId != Consortium.LeadLabId && Role.AdminOf(m.LabId));

    public IEnumerable<ConsortiumMember> HandOverChoices => Consortium.Members.Where(m => m.State == MemberStates.Joined && m.LabId != Consortium.LeadLabId);

    public ApplicationDetails? Application { get; private set; }

    public IReadOnlyList<LabSummary> Invitable { get; private set; } = [];

    public bool MoreInvitable { get; private set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? LabQuery { get; set; }

    [BindProperty]
    public ConsortiumInput Edit { get; set; } = new();

    public string? InviteProblem { get; private set; }

    public string? EditProblem { get; private set; }

    public string? ActionProblem { get; private set; }

    public bool HasDiscussion => _discussion is not null;

    public ThreadDisplay Discussion => _discussion ?? throw new InvalidOperationException("The discussion is read before the page renders.");

    public PostInput Input { get; } = new();

    public string? PreviewHtml => null;

    public string? FormProblem => null;

    public string PageUrl => $"/consortia/{Consortium.Id}";

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        Edit = ConsortiumInput.From(Consortium);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string id)
    {
        var result = await mediator.Send(new GetConsortiumQuery(id));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        _role = result.ValueOrThrow();
        Application = (await mediator.Send(new GetApplicationQuery(ApplicationKeys.Consortium(id)))).Value;
        // Forms in the discussion are answered by the thread page, which comes back here.
        _discussion = (await ThreadDisplay.LoadAsync(mediator, Consortium.ThreadId, null, User.FindFirstValue(ClaimTypes.NameIdentifier))).Value is { } discussion
            ? discussion with { ReturnUrl = PageUrl }
            : null;
        if (Role.IsLeadAdmin)
        {
            await LoadInvitableAsync();
        }

        return null;
    }

    // Labs already in or invited are left out; the rest of the directory can be narrowed by name.
    private async Task LoadInvitableAsync()
    {
        var taken = Consortium.Members.Where(m => m.State is MemberStates.Joined or MemberStates.Invited).Select(m => m.LabId).ToHashSet();
        var query = string.IsNullOrWhiteSpace(LabQuery) ? null : LabQuery.Trim();
        var found = (await mediator.Send(new ListLabsQuery(new LabFilter(Text: query, Take: InvitableShown + taken.Count)))).Value;
        var labs = (found?.Items ?? []).Where(lab => !taken.Contains(lab.Id)).ToList();
        Invitable = labs.Take(InvitableShown).ToList();
        MoreInvitable = labs.Count > InvitableShown || (found?.Total ?? 0) > (found?.Items.Count ?? 0);
    }
}
