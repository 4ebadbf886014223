using ExchangeHub.Core.Features.Labs;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Labs;

[Authorize]
public sealed class NewModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public LabInput Input { get; set; } = new() { Programme = Programmes.Dx };

    public string? FormProblem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (fields, badKpiLine) = Input.ToFields();
        if (fields is null)
        {
            ModelState.AddModelError("Input.Kpis", text["Lab.KpiLineInvalid", badKpiLine]);
            FormProblem = text["Problem.Invalid"];
            return Page();
        }

        var result = await mediator.Send(new CreateLabCommand(fields));
        if (!result.IsSuccess)
        {
            if (!result.Problem.BelongsOnForm())
            {
                return this.ProblemResult(result.Problem);
            }

            FormProblem = ModelState.AddProblem(result.Problem, text, "Lab");
            return Page();
        }

        TempData[Flash.Key] = "Flash.LabCreated";
        return RedirectToPage("/Labs/Details", new { labId = result.ValueOrThrow().Id });
    }
}
