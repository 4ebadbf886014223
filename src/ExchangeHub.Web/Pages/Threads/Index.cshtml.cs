using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>The public square: threads any signed-in person can read and join, newest activity first.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel, IThreadForm
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public int Skip { get; set; }

    public IReadOnlyList<ThreadSummary> Threads { get; private set; } = [];

    public bool HasMore { get; private set; }

    public string Space => Spaces.Public;

    public PostInput Input { get; } = new();

    public string? PreviewHtml => null;

    public string? FormProblem => null;

    public async Task<IActionResult> OnGetAsync()
    {
        Skip = Math.Max(Skip, 0);
        var result = await mediator.Send(new ListThreadsQuery(Spaces.Public, Skip, PageSize + 1));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        var threads = result.ValueOrThrow();
        HasMore = threads.Count > PageSize;
        Threads = threads.Take(PageSize).ToList();
        return Page();
    }
}
