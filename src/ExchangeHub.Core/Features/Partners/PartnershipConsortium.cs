using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>
/// What accepting a partnership request does, through the consortium grain as any consortium is run: the asked lab
/// joins the consortium the asking lab named, or a new one that the asking lab leads.
/// </summary>
public static class PartnershipConsortium
{
    private const int MaxNameLength = 100;

    public static async Task<Result<string>> FormAsync(IGrainFactory grains, PartnershipRequest request)
    {
        var consortiumId = request.ConsortiumId ?? await FoundAsync(grains, request);
        var consortium = grains.GetGrain<IConsortiumGrain>(consortiumId);
        if (await consortium.GetAsync() is not { } view)
        {
            return Problem.NotFound("コンソーシアム", "The consortium");
        }

        if (view.LeadLabId != request.FromLabId)
        {
            return Problem.Conflict(Say.Text("申し込んだラボは、もうこのコンソーシアムの幹事ではありません。", "The asking lab no longer leads this consortium."));
        }

        if (view.StateOf(request.ToLabId) == MemberStates.Joined)
        {
            return consortiumId;
        }

        // An invitation already sent from the consortium itself is answered by this acceptance as well.
        if (view.StateOf(request.ToLabId) != MemberStates.Invited && await consortium.InviteAsync(request.ToLabId, request.ToLabName) is { IsSuccess: false } refused)
        {
            return refused.Problem;
        }

        var joined = await consortium.RespondAsync(request.ToLabId, accept: true);
        return joined.IsSuccess ? consortiumId : joined.Problem;
    }

    private static async Task<string> FoundAsync(IGrainFactory grains, PartnershipRequest request)
    {
        var (consortiumId, threadId) = (Ids.New(), Ids.New());
        var name = $"{request.FromLabName} × {request.ToLabName}";
        name = name.Length <= MaxNameLength ? name : name[..MaxNameLength];
        await grains.GetGrain<IConsortiumGrain>(consortiumId).CreateAsync(
            new NewConsortium(name, request.Message, request.FromLabId, request.FromLabName, null, threadId));
        await grains.GetGrain<ITopicThreadGrain>(threadId).CreateAsync(
            new NewThread(Spaces.Consortium(consortiumId), name, request.RequestedById, request.RequestedByName, null));
        return consortiumId;
    }
}
