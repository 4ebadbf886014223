using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>What the unread view and "my threads" share: the person's followed threads with their unread counts.</summary>
[Authorize]
public abstract class MyThreadsPage(IMediator mediator, bool unreadOnly) : PageModel
{
    public IReadOnlyList<Following> Threads { get; private set; } = [];

    public long UnreadPosts => Threads.Sum(f => f.Unread);

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await mediator.Send(new ListMyThreadsQuery(unreadOnly));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        Threads = result.ValueOrThrow();
        return Page();
    }
}

public sealed class UnreadModel(IMediator mediator) : MyThreadsPage(mediator, unreadOnly: true);

public sealed class MineModel(IMediator mediator) : MyThreadsPage(mediator, unreadOnly: false);
