using ExchangeHub.Core.Features.CaseStudies;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.CaseStudies;

public sealed class EditModel(IMediator mediator, IStringLocalizer<SharedResource> text) : CaseStudyEditorPage(mediator, text)
{
    private CaseStudyDetails? _current;

    public CaseStudyDetails Current => _current ?? throw new InvalidOperationException("The case study is read before the page renders.");

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AuthorizeAsync() is { } refusal)
        {
            return refusal;
        }

        Input = CaseStudyInput.From(Current.Fields);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AuthorizeAsync() is { } refusal)
        {
            return refusal;
        }

        var result = await Mediator.Send(new UpdateCaseStudyCommand(Current.Id, Input.ToFields()));
        return result.IsSuccess ? RedirectToPage("/CaseStudies/Details", new { id = Current.Id }) : Fail(result.Problem);
    }

    protected override async Task<IActionResult?> AuthorizeAsync()
    {
        var result = await Mediator.Send(new GetCaseStudyQuery(RouteData.Values["id"] as string ?? ""));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        _current = result.ValueOrThrow();
        return await RequireMemberAsync(_current.LabId);
    }
}
