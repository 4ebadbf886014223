using System.Security.Claims;
using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>Edits a post; its author and the space's moderators may. Each edit keeps the version before it.</summary>
[Authorize]
public sealed class EditPostModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PostFormPage(mediator, text, "Post")
{
    private ThreadView? _thread;
    private Post? _post;

    public ThreadView Thread => _thread ?? throw new InvalidOperationException("The thread is read before the page renders.");

    public Post Post => _post ?? throw new InvalidOperationException("The post is read before the page renders.");

    public async Task<IActionResult> OnGetAsync(string id, long seq)
    {
        if (await LoadAsync(id, seq) is { } refusal)
        {
            return refusal;
        }

        Input.Body = Post.Body;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(string id, long seq) =>
        SendAsync(() => LoadAsync(id, seq), () => Mediator.Send(new EditPostCommand(id, seq, Input.Body ?? "")),
            _ => RedirectToPage("/Threads/Details", null, new { id }, $"post-{seq}"));

    public Task<IActionResult> OnPostPreviewAsync(string id, long seq) => PreviewAsync(() => LoadAsync(id, seq));

    private async Task<IActionResult?> LoadAsync(string id, long seq)
    {
        var loaded = await Mediator.Send(new GetThreadQuery(id));
        if (!loaded.IsSuccess)
        {
            return this.ProblemResult(loaded.Problem);
        }

        var (thread, rights) = loaded.ValueOrThrow();
        _thread = thread;
        _post = await ThreadDisplay.FindPostAsync(Mediator, id, seq);
        if (_post is null || _post.Deleted)
        {
            return NotFound();
        }

        var display = new ThreadDisplay(thread, rights, User.FindFirstValue(ClaimTypes.NameIdentifier), [_post]);
        return display.CanChange(_post) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
