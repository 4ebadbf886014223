using System.Globalization;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Moderation;
using ExchangeHub.Core.Features.Threads;
using Microsoft.AspNetCore.Mvc;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>The thread page's buttons that work without JavaScript: reactions, deleting, resolving and following.</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostReactAsync(string id, long seq, string? emoji, bool add) =>
        Done(id, await mediator.Send(new ReactToPostCommand(id, seq, emoji ?? "", add)), $"post-{seq}");

    public async Task<IActionResult> OnPostDeleteAsync(string id, long seq) =>
        Done(id, await mediator.Send(new DeletePostCommand(id, seq)), $"post-{seq}");

    public async Task<IActionResult> OnPostFlagAsync(string id, long seq, string? reason)
    {
        var result = await mediator.Send(new FlagPostCommand(id, seq.ToString(CultureInfo.InvariantCulture), reason ?? ""));
        if (result.IsSuccess || result.Problem.Kind is ProblemKind.Invalid or ProblemKind.Conflict)
        {
            TempData[Flash.Key] = result.IsSuccess ? "Flash.PostFlagged" : "Flash.PostNotFlagged";
            return BackTo(id, $"post-{seq}");
        }

        return this.ProblemResult(result.Problem);
    }

    public async Task<IActionResult> OnPostResolveAsync(string id, long? acceptedSeq) =>
        Done(id, await mediator.Send(new ResolveThreadCommand(id, acceptedSeq)), acceptedSeq is { } seq ? $"post-{seq}" : null);

    public async Task<IActionResult> OnPostReopenAsync(string id) =>
        Done(id, await mediator.Send(new ResolveThreadCommand(id, null, Reopen: true)), null);

    public async Task<IActionResult> OnPostFollowAsync(string id, string? level)
    {
        if (!Enum.TryParse<FollowLevel>(level, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            return BadRequest();
        }

        var result = await mediator.Send(new FollowThreadCommand(id, chosen));
        if (result.IsSuccess)
        {
            TempData[Flash.Key] = "Flash.FollowSaved";
        }

        return Done(id, result, "follow");
    }

    private IActionResult Done<T>(string id, Result<T> result, string? fragment) =>
        result.IsSuccess ? BackTo(id, fragment) : this.ProblemResult(result.Problem);
}
