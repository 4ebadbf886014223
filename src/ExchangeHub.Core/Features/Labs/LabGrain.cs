using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Live;

namespace ExchangeHub.Core.Features.Labs;

public sealed partial class LabGrain([PersistentState("lab")] IPersistentState<LabState> lab, EventLog events, TimeProvider clock)
    : Grain, ILabGrain
{
    private string Id => this.GetPrimaryKeyString();

    private string Stream => StreamNames.Lab(Id);

    public async Task<Result<LabDetails>> CreateAsync(LabFields fields, string visionHtml, LabMember creator)
    {
        if (lab.State.Fields is not null)
        {
            return Problem.Conflict("A lab with this id already exists.");
        }

        lab.State.Fields = fields;
        lab.State.VisionHtml = visionHtml;
        lab.State.Members = [creator with { Role = LabRoles.Admin }];
        lab.State.CreatedAt = clock.GetUtcNow();
        lab.State.Status = LabStatuses.Pending;
        KpiHistory.Record(lab.State.KpiHistory, fields.Kpis, Today);
        await SaveAsync();
        return Details();
    }

    public Task<LabDetails?> GetAsync() => Task.FromResult(lab.State.Fields is null ? null : Details());

    public Task<LabRoleAnswer> GetRoleAsync(string userId) => Task.FromResult(
        new LabRoleAnswer(lab.State.Fields is not null, lab.State.Members.FirstOrDefault(m => m.UserId == userId)?.Role));

    public async Task<Result<LabDetails>> UpdateAsync(LabFields fields, string visionHtml)
    {
        if (lab.State.Fields is null)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        lab.State.Fields = fields;
        lab.State.VisionHtml = visionHtml;
        KpiHistory.Record(lab.State.KpiHistory, fields.Kpis, Today);
        await SaveAsync();
        return Details();
    }

    public async Task<Result<LabDetails>> SetMemberAsync(LabMember member)
    {
        if (lab.State.Fields is null)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        var index = lab.State.Members.FindIndex(m => m.UserId == member.UserId);
        if (index >= 0 && member.Role != LabRoles.Admin
            && !lab.State.Members.Any(m => m.Role == LabRoles.Admin && m.UserId != member.UserId))
        {
            return Problem.Conflict(Say.Text("ラボには管理者が一人以上必要です。先に別の人を管理者にしてください。", "A lab needs at least one admin; make someone else admin first."));
        }

        if (index >= 0)
        {
            lab.State.Members[index] = member;
        }
        else
        {
            lab.State.Members.Add(member);
        }

        await SaveAsync();
        return Details();
    }

    public async Task<Result<LabDetails>> RemoveMemberAsync(string userId)
    {
        var member = lab.State.Members.Find(m => m.UserId == userId);
        if (lab.State.Fields is null || member is null)
        {
            return Problem.NotFound("メンバー", "The member");
        }

        if (member.Role == LabRoles.Admin && lab.State.Members.Count(m => m.Role == LabRoles.Admin) == 1)
        {
            return Problem.Conflict(Say.Text("ラボには管理者が一人以上必要です。先に別の人を管理者にしてください。", "A lab needs at least one admin; make someone else admin first."));
        }

        lab.State.Members.Remove(member);
        await SaveAsync();
        return Details();
    }

    public async Task<Result<LiveEvent>> PublishCaseStudyAsync(CaseStudyCard card)
    {
        if (lab.State.Fields is null)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        var index = lab.State.CaseStudies.FindIndex(c => c.Id == card.Id);
        var type = index >= 0 ? LabEventTypes.CaseStudyRevised : LabEventTypes.CaseStudyPublished;
        if (index >= 0)
        {
            lab.State.CaseStudies[index] = card;
        }
        else
        {
            lab.State.CaseStudies.Insert(0, card);
        }

        var liveEvent = LiveEvent.Create(Stream, ++lab.State.LastSeq, type, clock.GetUtcNow(), CaseStudyEventData.From(Id, card));
        await events.AppendAsync(liveEvent);
        await SaveAsync();
        await events.PublishAsync(liveEvent);
        if (index < 0)
        {
            await GrainFactory.GetGrain<IActivityGrain>(0).RecordAsync(new ActivityItem(
                ActivityKinds.CaseStudyPublished, card.Title, Id, lab.State.Fields.Name, $"/case-studies/{card.Id}", liveEvent.At));
        }

        return liveEvent;
    }

    public async Task<Result<IReadOnlyList<LiveEvent>>> GetEventsAfterAsync(long afterSeq) =>
        lab.State.Fields is null
            ? Problem.NotFound("ラボ", "The lab")
            : Result<IReadOnlyList<LiveEvent>>.Ok(await events.ReadAfterAsync(Stream, afterSeq, lab.State.LastSeq));

    private async Task SaveAsync()
    {
        await lab.WriteStateAsync();
        await GrainFactory.GetGrain<ILabDirectoryGrain>(0).UpsertAsync(Summary());
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);

    private LabDetails Details() => new(
        Id, lab.State.Fields ?? throw new InvalidOperationException("The lab does not exist."), lab.State.VisionHtml, lab.State.Members,
        lab.State.CaseStudies, lab.State.CreatedAt, lab.State.LastSeq, lab.State.Status ?? LabStatuses.Approved,
        [.. lab.State.Companies], [.. lab.State.KpiHistory], lab.State.MovedToDxAt);

    private LabSummary Summary()
    {
        var fields = lab.State.Fields ?? throw new InvalidOperationException("The lab does not exist.");
        return new(Id, fields.Name, fields.Prefecture, fields.Municipality, fields.Programme, fields.Themes,
            lab.State.Members.Count, lab.State.CaseStudies.Count, clock.GetUtcNow(), fields.Needs, fields.Offers,
            lab.State.Status ?? LabStatuses.Approved, lab.State.CreatedAt, lab.State.Companies.Count(c => c.IsRecommended));
    }
}
