using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Applications;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Applications;

/// <summary>
/// A page about one application: who may see it is the mediator's to say (member labs, and operators who read), and
/// the people of its labs may also edit it.
/// </summary>
[Authorize]
public abstract class ApplicationReaderPage(IMediator mediator) : PageModel
{
    private ApplicationDetails? _details;

    public ApplicationDetails Details => _details ?? throw new InvalidOperationException("The application is read before the page renders.");

    public ApplicationView Application => Details.Application;

    public ApplicationOwner Owner => Details.Owner;

    public abstract ApplicationPlace Place { get; }

    public bool CanEdit { get; private set; }

    protected IMediator Mediator => mediator;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public string LabName(string labId) => Owner.Labs.GetValueOrDefault(labId, labId);

    protected async Task<IActionResult?> LoadAsync()
    {
        var result = await mediator.Send(new GetApplicationQuery(Place.Key));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        _details = result.ValueOrThrow();
        var labs = (await mediator.Send(new GetMeQuery())).Value?.Labs ?? [];
        CanEdit = labs.Any(lab => Owner.Labs.ContainsKey(lab.LabId));
        return null;
    }
}
