using ExchangeHub.Core.Features.CaseStudies;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.CaseStudies;

public sealed class NewModel(IMediator mediator, IStringLocalizer<SharedResource> text) : CaseStudyEditorPage(mediator, text)
{
    public async Task<IActionResult> OnGetAsync() => await AuthorizeAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AuthorizeAsync() is { } refusal)
        {
            return refusal;
        }

        var result = await Mediator.Send(new CreateCaseStudyCommand(LabId, Input.ToFields()));
        return result.IsSuccess
            ? RedirectToPage("/CaseStudies/Details", new { id = result.ValueOrThrow().Id })
            : Fail(result.Problem);
    }

    protected override Task<IActionResult?> AuthorizeAsync() => RequireMemberAsync(RouteData.Values["labId"] as string ?? "");
}
