namespace ExchangeHub.Core.Features.Mentors;

public sealed class MentorRequestIndexGrain([PersistentState("requests")] IPersistentState<MentorRequestIndexState> index)
    : Grain, IMentorRequestIndexGrain
{
    // A list for people to read, not an archive: the oldest closed requests make room for new ones.
    private const int Capacity = 200;

    public async Task UpsertAsync(MentorRequestSummary summary)
    {
        index.State.Requests[summary.Id] = summary;
        if (index.State.Requests.Count > Capacity)
        {
            var oldest = index.State.Requests.Values
                .OrderBy(r => MentorRequestStatus.IsClosed(r.Status) ? 0 : 1)
                .ThenBy(r => r.UpdatedAt)
                .First();
            index.State.Requests.Remove(oldest.Id);
        }

        await index.WriteStateAsync();
    }

    public async Task RemoveAsync(string requestId)
    {
        if (index.State.Requests.Remove(requestId))
        {
            await index.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<MentorRequestSummary>> ListAsync() => Task.FromResult<IReadOnlyList<MentorRequestSummary>>(
        index.State.Requests.Values.OrderByDescending(r => r.OpenedAt).ToList());
}
