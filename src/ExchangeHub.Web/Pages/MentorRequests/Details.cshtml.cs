using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.MentorRequests;

/// <summary>A request's status and timeline, its thread for the lab and the mentor, and what the reader may do with it.</summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    private MentorRequestView? _request;

    public MentorRequestView MentorRequest => _request ?? throw new InvalidOperationException("The request is read in OnGetAsync.");

    public MentorRequestRights Rights { get; private set; } = new(false, false, false, false);

    public ThreadView? Thread { get; private set; }

    public IReadOnlyList<Post> Posts { get; private set; } = [];

    public bool IsWaiting => MentorRequestStatus.IsWaiting(MentorRequest.Status);

    public bool IsClosed => MentorRequestStatus.IsClosed(MentorRequest.Status);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var loaded = await mediator.Send(new GetMentorRequestQuery(id));
        if (!loaded.IsSuccess)
        {
            return this.ProblemResult(loaded.Problem);
        }

        (_request, Rights) = (loaded.ValueOrThrow().Request, loaded.ValueOrThrow().Rights);
        if (Rights is { IsMentor: true, IsRequester: false } && IsWaiting
            && (await mediator.Send(new MarkMentorRequestSeenCommand(id))).Value is { } seen)
        {
            _request = seen;
        }

        if (Rights.CanReadThread)
        {
            Thread = (await mediator.Send(new GetThreadQuery(MentorRequest.ThreadId))).Value?.Thread;
            Posts = (await mediator.Send(new GetPostsQuery(MentorRequest.ThreadId, 0, 500))).Value?.Items ?? [];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostClaimAsync(string id) =>
        Done(id, (await mediator.Send(new ClaimMentorRequestCommand(id))).Problem, "Flash.Claimed");

    public async Task<IActionResult> OnPostResolveAsync(string id, int? rating, string? comment) =>
        Done(id, (await mediator.Send(new ResolveMentorRequestCommand(id, rating, comment))).Problem, "Flash.Resolved");

    public async Task<IActionResult> OnPostCancelAsync(string id) =>
        Done(id, (await mediator.Send(new CancelMentorRequestCommand(id))).Problem, "Flash.Cancelled");

    /// <summary>Posting without JavaScript; with it, the page posts through the API and the post arrives live.</summary>
    public async Task<IActionResult> OnPostReplyAsync(string id, string threadId, string? body) =>
        Done(id, (await mediator.Send(new AddPostCommand(threadId, body ?? "", null, null))).Problem, null);

    private IActionResult Done(string id, Core.Common.Results.Problem? problem, string? flash)
    {
        if (problem is not null && !problem.BelongsOnForm())
        {
            return this.ProblemResult(problem);
        }

        TempData[Flash.Key] = problem is null ? flash : "Flash.RequestChanged";
        return RedirectToPage(new { id });
    }
}
