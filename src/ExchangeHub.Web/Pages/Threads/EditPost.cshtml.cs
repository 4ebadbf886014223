using System.Security.Claims;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>Edits a post; its author and the space's moderators may. Each edit keeps the version before it.</summary>
[Authorize]
public sealed class EditPostModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel, IBodyForm
{
    private ThreadView? _thread;
    private Post? _post;

    public ThreadView Thread => _thread ?? throw new InvalidOperationException("The thread is read before the page renders.");

    public Post Post => _post ?? throw new InvalidOperationException("The post is read before the page renders.");

    [BindProperty]
    public PostInput Input { get; set; } = new();

    public string? PreviewHtml { get; private set; }

    public string? FormProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, long seq)
    {
        if (await LoadAsync(id, seq) is { } refusal)
        {
            return refusal;
        }

        Input.Body = Post.Body;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, long seq)
    {
        if (await LoadAsync(id, seq) is { } refusal)
        {
            return refusal;
        }

        var result = await mediator.Send(new EditPostCommand(id, seq, Input.Body ?? ""));
        return result.IsSuccess ? RedirectToPage("/Threads/Details", null, new { id }, $"post-{seq}") : Fail(result.Problem);
    }

    public async Task<IActionResult> OnPostPreviewAsync(string id, long seq)
    {
        if (await LoadAsync(id, seq) is { } refusal)
        {
            return refusal;
        }

        var preview = await mediator.Send(new PreviewMarkdownQuery(Input.Body ?? ""));
        if (!preview.IsSuccess)
        {
            return Fail(preview.Problem);
        }

        PreviewHtml = preview.ValueOrThrow();
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, long seq)
    {
        var loaded = await mediator.Send(new GetThreadQuery(id));
        if (!loaded.IsSuccess)
        {
            return this.ProblemResult(loaded.Problem);
        }

        var (thread, rights) = loaded.ValueOrThrow();
        _thread = thread;
        _post = await ThreadDisplay.FindPostAsync(mediator, id, seq);
        if (_post is null || _post.Deleted)
        {
            return NotFound();
        }

        var display = new ThreadDisplay(thread, rights, User.FindFirstValue(ClaimTypes.NameIdentifier), [_post]);
        return display.CanChange(_post) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    private IActionResult Fail(Problem problem)
    {
        if (!problem.BelongsOnForm())
        {
            return this.ProblemResult(problem);
        }

        FormProblem = ModelState.AddProblem(problem, text, "Post");
        return Page();
    }
}
