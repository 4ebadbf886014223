using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Applications;
using ExchangeHub.Core.Features.CaseStudies;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Applications;

/// <summary>
/// The application editor: each section saves on its own, from the version it was edited from. Without scripts the
/// forms post here; a save over someone else's newer one comes back with both texts side by side.
/// </summary>
public abstract class ApplicationEditorPage(IMediator mediator, IStringLocalizer<SharedResource> text) : ApplicationReaderPage(mediator)
{
    public const int HistoryShown = 30;

    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    /// <summary>The section the form came from; it shows what was posted, the others what is saved.</summary>
    public string? PostedSection { get; private set; }

    public string? FormProblem { get; private set; }

    public string? ConflictMessage { get; private set; }

    public string? PreviewHtml { get; private set; }

    public int BlankKpiRows { get; private set; } = 1;

    public async Task<IActionResult> OnPostSaveAsync(string? section)
    {
        if (section is null || !ApplicationSections.All.Contains(section))
        {
            return NotFound();
        }

        PostedSection = section;
        var (command, badRow) = Input.ToCommand(Place.Key, section);
        if (command is null)
        {
            ModelState.AddModelError("Input.Kpis", text["Application.KpiRowInvalid", badRow]);
            FormProblem = text["Problem.Invalid"];
            return await LoadAsync() ?? Page();
        }

        var result = await Mediator.Send(command);
        if (result.IsSuccess)
        {
            TempData[Flash.Key] = "Flash.SectionSaved";
            return LocalRedirect($"{Place.PageUrl}#{section}");
        }

        if (await LoadAsync() is { } refusal)
        {
            return refusal;
        }

        if (result.Problem.Kind == ProblemKind.Conflict)
        {
            // The draft stays; from now on it is based on the latest version, so saving again replaces it knowingly.
            ConflictMessage = result.Problem.Detail;
            Input.BaseVersion = Application.VersionOf(section);
            return Page();
        }

        if (!result.Problem.BelongsOnForm())
        {
            return this.ProblemResult(result.Problem);
        }

        FormProblem = ModelState.AddProblem(result.Problem, text, "Application");
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string? section)
    {
        if (section is null || !ApplicationSections.Text.Contains(section))
        {
            return NotFound();
        }

        PostedSection = section;
        var preview = await Mediator.Send(new PreviewMarkdownQuery(Input.Markdown ?? ""));
        if (preview.IsSuccess)
        {
            PreviewHtml = preview.ValueOrThrow();
        }
        else
        {
            FormProblem = ModelState.AddProblem(preview.Problem, text, "Application");
        }

        return await LoadAsync() ?? Page();
    }

    public async Task<IActionResult> OnPostAddKpiRowAsync()
    {
        PostedSection = ApplicationSections.Kpis;
        BlankKpiRows = Input.Kpis.Count(row => row.IsBlank && !row.Remove) + 1;
        return await LoadAsync() ?? Page();
    }

    public bool IsPosted(string section) => PostedSection == section;

    public SectionText TextOf(string section) => section == ApplicationSections.Vision ? Application.Vision : Application.Plan;

    public string MarkdownOf(string section) => IsPosted(section) ? Input.Markdown ?? "" : TextOf(section).Markdown;

    public string HtmlOf(string section) => IsPosted(section) && PreviewHtml is { } preview ? preview : TextOf(section).Html;

    public int BaseVersionOf(string section) => IsPosted(section) ? Input.BaseVersion : Application.VersionOf(section);

    public bool HasConflict(string section) => IsPosted(section) && ConflictMessage is not null;

    public IReadOnlyList<KpiRowInput> SavedKpiRows => Application.Kpis.Select(KpiRowInput.From).ToList();

    /// <summary>The rows to edit, then blank ones to fill in (the table grows without scripts, too).</summary>
    public IReadOnlyList<KpiRowInput> KpiRows =>
    [
        .. IsPosted(ApplicationSections.Kpis) ? Input.KeptKpis : SavedKpiRows,
        .. Enumerable.Range(0, BlankKpiRows).Select(_ => new KpiRowInput { OwnerLabId = Owner.Labs.Count == 1 ? Owner.Labs.Keys.First() : null }),
    ];

    public IReadOnlyList<CriterionInput> SavedCriteria => Application.Criteria.Select(CriterionInput.From).ToList();

    public IReadOnlyList<CriterionInput> CriteriaRows => IsPosted(ApplicationSections.Criteria) && Input.Criteria.Count > 0
        ? Input.Criteria.OrderBy(c => c.Number).ToList()
        : SavedCriteria;

    public string? ErrorOf(string key) => ModelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;
}
