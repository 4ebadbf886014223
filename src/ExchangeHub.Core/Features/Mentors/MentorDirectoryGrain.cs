namespace ExchangeHub.Core.Features.Mentors;

public sealed class MentorDirectoryGrain([PersistentState("mentors")] IPersistentState<MentorDirectoryState> directory)
    : Grain, IMentorDirectoryGrain
{
    public async Task UpsertAsync(MentorSummary summary)
    {
        directory.State.Mentors[summary.UserId] = summary;
        await directory.WriteStateAsync();
    }

    public Task<IReadOnlyList<MentorSummary>> ListAsync() => Task.FromResult<IReadOnlyList<MentorSummary>>(directory.State.Mentors.Values
        .OrderByDescending(m => m.OnDuty)
        .ThenBy(m => m.DisplayName, StringComparer.Ordinal)
        .ToList());
}
