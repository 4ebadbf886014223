using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using Microsoft.Extensions.DependencyInjection;

namespace ExchangeHub.Core.Features.Mentors;

public sealed class MentorGrain(
    [PersistentState("mentor")] IPersistentState<MentorState> mentor, [FromKeyedServices(MentorOptions.ClockKey)] TimeProvider clock)
    : Grain, IMentorGrain
{
    private const int ResponseMemory = 100;

    public async Task<MentorProfile> SaveAsync(string displayName, MentorProfileFields fields, string bioHtml)
    {
        var comesOnDuty = fields.OnDuty && !mentor.State.OnDuty;
        mentor.State.DisplayName = displayName;
        mentor.State.Expertise = [.. fields.Expertise];
        mentor.State.Bio = fields.Bio;
        mentor.State.BioHtml = bioHtml;
        mentor.State.Languages = [.. fields.Languages ?? []];
        mentor.State.OnDuty = fields.OnDuty;
        mentor.State.Capacity = fields.Capacity ?? (mentor.State.Capacity > 0 ? mentor.State.Capacity : MentorProfileFields.DefaultCapacity);
        mentor.State.UpdatedAt = clock.GetUtcNow();
        var profile = await SaveAndListAsync();
        if (comesOnDuty)
        {
            await GrainFactory.GetGrain<IMentorDeskGrain>(0).TellOfWaitingAsync(MentorSummary.From(profile));
        }

        return profile;
    }

    public Task<MentorProfile?> GetAsync() => Task.FromResult(mentor.State.IsMentor ? Profile() : null);

    public async Task<Result<MentorProfile>> TakeAsync(string requestId)
    {
        if (!mentor.State.IsMentor)
        {
            return Problem.Forbidden(Say.Text("メンターだけができる操作です。", "Only mentors may do this."));
        }

        if (mentor.State.ActiveRequestIds.Contains(requestId))
        {
            return Profile();
        }

        if (mentor.State.ActiveRequestIds.Count >= mentor.State.Capacity)
        {
            return Problem.Conflict(Say.Text(
                $"同時に受けられる相談は{mentor.State.Capacity}件までです。回答してから次の相談を受けてください。",
                $"You hold {mentor.State.Capacity} requests, your capacity; answer one before you claim another."));
        }

        mentor.State.ActiveRequestIds.Add(requestId);
        return await SaveAndListAsync();
    }

    public async Task ReleaseAsync(string requestId)
    {
        if (mentor.State.ActiveRequestIds.Remove(requestId))
        {
            await SaveAndListAsync();
        }
    }

    public async Task RecordAnswerAsync(string requestId, TimeSpan sinceClaim)
    {
        mentor.State.ActiveRequestIds.Remove(requestId);
        mentor.State.AnsweredCount++;
        mentor.State.FirstResponseSeconds.Add((long)Math.Max(0, sinceClaim.TotalSeconds));
        if (mentor.State.FirstResponseSeconds.Count > ResponseMemory)
        {
            mentor.State.FirstResponseSeconds.RemoveAt(0);
        }

        await SaveAndListAsync();
    }

    public async Task RecordRatingAsync(int rating)
    {
        mentor.State.RatingSum += rating;
        mentor.State.RatingCount++;
        await SaveAndListAsync();
    }

    private async Task<MentorProfile> SaveAndListAsync()
    {
        await mentor.WriteStateAsync();
        var profile = Profile();
        await GrainFactory.GetGrain<IMentorDirectoryGrain>(0).UpsertAsync(MentorSummary.From(profile));
        return profile;
    }

    private MentorProfile Profile() => new(this.GetPrimaryKeyString(), mentor.State.DisplayName, mentor.State.Expertise,
        mentor.State.Bio, mentor.State.BioHtml, mentor.State.Languages, mentor.State.OnDuty, mentor.State.Capacity,
        mentor.State.ActiveRequestIds, Stats(), mentor.State.UpdatedAt);

    private MentorStats Stats() => new(
        mentor.State.AnsweredCount,
        Median(mentor.State.FirstResponseSeconds),
        mentor.State.RatingCount == 0 ? null : Math.Round((double)mentor.State.RatingSum / mentor.State.RatingCount, 2),
        mentor.State.RatingCount);

    public static long? Median(IReadOnlyCollection<long> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
