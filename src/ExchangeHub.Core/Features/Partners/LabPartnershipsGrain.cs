namespace ExchangeHub.Core.Features.Partners;

public sealed class LabPartnershipsGrain([PersistentState("partnerships")] IPersistentState<LabPartnershipsState> partnerships)
    : Grain, ILabPartnershipsGrain
{
    /// <summary>The most requests a lab keeps: open ones always, then the most recently answered.</summary>
    public const int Capacity = 200;

    public async Task PutAsync(PartnershipRequest request)
    {
        var requests = partnerships.State.Requests;
        requests[request.Id] = request;
        foreach (var old in requests.Values.Where(r => !r.IsPending).OrderByDescending(r => r.AnsweredAt).Skip(Capacity).ToList())
        {
            requests.Remove(old.Id);
        }

        await partnerships.WriteStateAsync();
    }

    public Task<IReadOnlyList<PartnershipRequest>> ListAsync() =>
        Task.FromResult<IReadOnlyList<PartnershipRequest>>([.. partnerships.State.Requests.Values.OrderByDescending(r => r.CreatedAt)]);
}
