using System.Security.Claims;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>A thread: its posts in order, the reader's follow level, and the box to answer in. Reading it marks it read.</summary>
public sealed partial class DetailsModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel, IDiscussionPage
{
    private ThreadDisplay? _discussion;

    public ThreadDisplay Discussion => _discussion ?? throw new InvalidOperationException("The thread is read before the page renders.");

    [BindProperty]
    public PostInput Input { get; set; } = new();

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public SpaceLink? Space { get; private set; }

    public FollowLevel Level { get; private set; } = FollowLevel.Normal;

    public string? PreviewHtml { get; private set; }

    public string? FormProblem { get; private set; }

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<IActionResult> OnGetAsync(string id, long? before, long? replyTo, long? quote)
    {
        if (await LoadAsync(id, before) is { } refusal)
        {
            return refusal;
        }

        if (UserId is not null && Discussion.Posts.Count > 0)
        {
            var following = await mediator.Send(new MarkThreadReadCommand(id, Discussion.LastShownSeq));
            Level = following.Value?.Level ?? FollowLevel.Normal;
        }

        if (quote is { } quoted && await FindPostAsync(id, quoted) is { Deleted: false } post)
        {
            Input.ReplyTo = post.Seq;
            Input.Body = Quote(post.Body);
        }
        else if (replyTo is > 0 && replyTo <= Discussion.Thread.LastSeq)
        {
            Input.ReplyTo = replyTo;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var result = await mediator.Send(new AddPostCommand(id, Input.Body ?? "", Input.ReplyTo, Input.ClientId));
        if (result.IsSuccess)
        {
            return BackTo(id, $"post-{result.ValueOrThrow().Post.Seq}");
        }

        return await ShowFormAsync(id, result.Problem);
    }

    public async Task<IActionResult> OnPostPreviewAsync(string id)
    {
        var preview = await mediator.Send(new PreviewMarkdownQuery(Input.Body ?? ""));
        if (!preview.IsSuccess)
        {
            return await ShowFormAsync(id, preview.Problem);
        }

        PreviewHtml = preview.ValueOrThrow();
        return await LoadAsync(id, null) ?? Page();
    }

    /// <summary>Markdown that quotes a post: each of its lines behind "> ", then a blank line to write under.</summary>
    public static string Quote(string body) =>
        string.Join('\n', body.ReplaceLineEndings("\n").TrimEnd().Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line)) + "\n\n";

    private async Task<IActionResult?> LoadAsync(string id, long? before)
    {
        var loaded = await ThreadDisplay.LoadAsync(mediator, id, before, UserId);
        if (!loaded.IsSuccess)
        {
            return this.ProblemResult(loaded.Problem);
        }

        _discussion = loaded.ValueOrThrow();
        Space = await SpaceLink.FindAsync(mediator, text, _discussion.Thread.Space);
        return null;
    }

    private async Task<IActionResult> ShowFormAsync(string id, Problem problem)
    {
        if (!problem.BelongsOnForm())
        {
            return this.ProblemResult(problem);
        }

        FormProblem = ModelState.AddProblem(problem, text, "Post");
        return await LoadAsync(id, null) ?? Page();
    }

    private async Task<Post?> FindPostAsync(string id, long seq) =>
        Discussion.Posts.FirstOrDefault(p => p.Seq == seq) ?? await ThreadDisplay.FindPostAsync(mediator, id, seq);

    // Forms on a case study's page answer there; everything else returns to the thread.
    private IActionResult BackTo(string id, string? fragment) =>
        Url.IsLocalUrl(ReturnUrl) && !ReturnUrl.Contains('#', StringComparison.Ordinal)
            ? LocalRedirect(fragment is null ? ReturnUrl : $"{ReturnUrl}#{fragment}")
            : RedirectToPage("/Threads/Details", null, new { id }, fragment);
}
