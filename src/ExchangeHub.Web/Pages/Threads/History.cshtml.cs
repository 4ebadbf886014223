using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>Every version of an edited post, the current one first, so an edit never hides what was said.</summary>
public sealed class HistoryModel(IMediator mediator) : PageModel
{
    private ThreadView? _thread;
    private Post? _post;

    public ThreadView Thread => _thread ?? throw new InvalidOperationException("The thread is read in OnGetAsync.");

    public Post Post => _post ?? throw new InvalidOperationException("The post is read in OnGetAsync.");

    public IReadOnlyList<PostVersion> Earlier { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, long seq)
    {
        var thread = await mediator.Send(new GetThreadQuery(id));
        if (!thread.IsSuccess)
        {
            return this.ProblemResult(thread.Problem);
        }

        var history = await mediator.Send(new GetPostHistoryQuery(id, seq));
        if (!history.IsSuccess)
        {
            return this.ProblemResult(history.Problem);
        }

        _thread = thread.ValueOrThrow().Thread;
        _post = await ThreadDisplay.FindPostAsync(mediator, id, seq);
        if (_post is null)
        {
            return NotFound();
        }

        Earlier = history.ValueOrThrow().OrderByDescending(v => v.Revision).ToList();
        return Page();
    }
}
