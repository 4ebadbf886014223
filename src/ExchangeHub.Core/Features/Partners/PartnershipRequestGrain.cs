using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Partners;

public sealed class PartnershipRequestGrain([PersistentState("partnership")] IPersistentState<PartnershipRequestState> stored, TimeProvider clock)
    : Grain, IPartnershipRequestGrain
{
    public async Task<Result<PartnershipRequest>> CreateAsync(PartnershipRequest request)
    {
        if (stored.State.Request is not null)
        {
            return Problem.Conflict("A partnership request with this id already exists.");
        }

        return await SaveAsync(request with { Id = this.GetPrimaryKeyString(), Status = PartnershipStatus.Pending, CreatedAt = clock.GetUtcNow() });
    }

    public Task<PartnershipRequest?> GetAsync() => Task.FromResult(stored.State.Request);

    public async Task<Result<PartnershipRequest>> AnswerAsync(bool accept, string answeredByName)
    {
        if (stored.State.Request is not { } request)
        {
            return Problem.NotFound("連携の申し込み", "The partnership request");
        }

        if (!request.IsPending)
        {
            return Problem.Conflict(Say.Text("この申し込みには既に回答済みです。", "This request has already been answered."));
        }

        var consortium = accept ? await PartnershipConsortium.FormAsync(GrainFactory, request) : null;
        if (consortium is { IsSuccess: false })
        {
            return consortium.Problem;
        }

        return await SaveAsync(request with
        {
            Status = accept ? PartnershipStatus.Accepted : PartnershipStatus.Declined,
            AnsweredAt = clock.GetUtcNow(),
            AnsweredByName = answeredByName,
            ResultConsortiumId = consortium?.Value,
        });
    }

    private async Task<Result<PartnershipRequest>> SaveAsync(PartnershipRequest request)
    {
        stored.State.Request = request;
        await stored.WriteStateAsync();
        await Task.WhenAll(
            GrainFactory.GetGrain<ILabPartnershipsGrain>(request.FromLabId).PutAsync(request),
            GrainFactory.GetGrain<ILabPartnershipsGrain>(request.ToLabId).PutAsync(request));
        return request;
    }
}
