using ExchangeHub.Core.Common.Results;

namespace ExchangeHub.Core.Features.CaseStudies;

public sealed class CaseStudyGrain([PersistentState("caseStudy")] IPersistentState<CaseStudyState> caseStudy, TimeProvider clock)
    : Grain, ICaseStudyGrain
{
    private string Id => this.GetPrimaryKeyString();

    public async Task<Result<CaseStudyDetails>> CreateAsync(
        string labId, CaseStudyFields fields, string html, string threadId, string authorName)
    {
        if (caseStudy.State.Fields is not null)
        {
            return Problem.Conflict("A case study with this id already exists.");
        }

        var now = clock.GetUtcNow();
        caseStudy.State.LabId = labId;
        caseStudy.State.ThreadId = threadId;
        caseStudy.State.AuthorName = authorName;
        caseStudy.State.CreatedAt = now;
        return await StoreRevisionAsync(fields, html, authorName, now);
    }

    public async Task<Result<CaseStudyDetails>> ReviseAsync(CaseStudyFields fields, string html, string editorName) =>
        caseStudy.State.Fields is null
            ? Problem.NotFound("事例", "The case study")
            : await StoreRevisionAsync(fields, html, editorName, clock.GetUtcNow());

    public Task<CaseStudyDetails?> GetAsync() => Task.FromResult(caseStudy.State.Fields is null ? null : Details());

    public Task<string?> GetLabIdAsync() => Task.FromResult(caseStudy.State.Fields is null ? null : caseStudy.State.LabId);

    private async Task<Result<CaseStudyDetails>> StoreRevisionAsync(
        CaseStudyFields fields, string html, string editorName, DateTimeOffset at)
    {
        var revision = caseStudy.State.Revision + 1;
        await GrainFactory.GetGrain<ICaseStudyRevisionGrain>(ICaseStudyRevisionGrain.Key(Id, revision))
            .StoreAsync(new CaseStudyRevision(Id, revision, fields, html, editorName, at));
        caseStudy.State.Fields = fields;
        caseStudy.State.Html = html;
        caseStudy.State.Revision = revision;
        caseStudy.State.UpdatedAt = at;
        caseStudy.State.Revisions.Add(new RevisionInfo(revision, at, editorName, fields.Title));
        await caseStudy.WriteStateAsync();
        return Details();
    }

    private CaseStudyDetails Details() => new(
        Id, caseStudy.State.LabId, caseStudy.State.Fields ?? throw new InvalidOperationException("The case study does not exist."), caseStudy.State.Html, caseStudy.State.Revision,
        caseStudy.State.ThreadId, caseStudy.State.AuthorName, caseStudy.State.CreatedAt, caseStudy.State.UpdatedAt,
        caseStudy.State.Revisions);
}
