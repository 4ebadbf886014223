using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Live;

namespace ExchangeHub.Core.Features.Applications;

public sealed class ApplicationGrain([PersistentState("application")] IPersistentState<ApplicationState> application, EventLog events, TimeProvider clock)
    : Grain, IApplicationGrain
{
    public const int HistoryLength = 200;

    private string Key => this.GetPrimaryKeyString();

    public Task<ApplicationView> GetAsync() => Task.FromResult(View());

    public async Task<Result<ApplicationView>> SaveTextAsync(string section, int baseVersion, string markdown, string html, string editorName)
    {
        var current = section == ApplicationSections.Vision ? application.State.Vision : application.State.Plan;
        if (Stale(section, baseVersion, current.Version, current.UpdatedBy) is { } conflict)
        {
            return conflict;
        }

        var saved = new SectionText(markdown, html, current.Version + 1, editorName, clock.GetUtcNow());
        if (section == ApplicationSections.Vision)
        {
            application.State.Vision = saved;
        }
        else
        {
            application.State.Plan = saved;
        }

        await PublishAsync(section, saved.Version, editorName, new { section, version = saved.Version, editorName, markdown, html });
        return View();
    }

    public async Task<Result<ApplicationView>> SaveKpisAsync(int baseVersion, IReadOnlyList<ApplicationKpi> kpis, string editorName)
    {
        var last = application.State.History.FirstOrDefault(c => c.Section == ApplicationSections.Kpis);
        if (Stale(ApplicationSections.Kpis, baseVersion, application.State.KpisVersion, last?.EditorName ?? "") is { } conflict)
        {
            return conflict;
        }

        application.State.Kpis = [.. kpis];
        var version = ++application.State.KpisVersion;
        await PublishAsync(ApplicationSections.Kpis, version, editorName, new { section = ApplicationSections.Kpis, version, editorName, kpis });
        return View();
    }

    public async Task<Result<ApplicationView>> SaveCriteriaAsync(int baseVersion, IReadOnlyList<CriterionCheck> criteria, string editorName)
    {
        var last = application.State.History.FirstOrDefault(c => c.Section == ApplicationSections.Criteria);
        if (Stale(ApplicationSections.Criteria, baseVersion, application.State.CriteriaVersion, last?.EditorName ?? "") is { } conflict)
        {
            return conflict;
        }

        application.State.Criteria = [.. criteria.OrderBy(c => c.Number)];
        var version = ++application.State.CriteriaVersion;
        await PublishAsync(ApplicationSections.Criteria, version, editorName, new { section = ApplicationSections.Criteria, version, editorName, criteria });
        return View();
    }

    public Task<IReadOnlyList<LiveEvent>> GetEventsAfterAsync(long afterSeq) =>
        events.ReadAfterAsync(StreamNames.Application(Key), afterSeq, application.State.LastSeq);

    private static Problem? Stale(string section, int baseVersion, int currentVersion, string lastEditor) =>
        baseVersion == currentVersion ? null : new Problem(ProblemKind.Conflict, Say.Text(
            $"この項目は編集中に {lastEditor} さんが保存しました(版 {currentVersion})。最新の内容を確かめてから、もう一度保存してください。",
            $"{lastEditor} saved this part while you were editing (version {currentVersion}). Check the latest text, then save again."),
            new Dictionary<string, string[]> { [section] = [$"version {currentVersion}"] });

    private async Task PublishAsync<T>(string section, int version, string editorName, T data)
    {
        var now = clock.GetUtcNow();
        application.State.History.Insert(0, new ApplicationChange(section, version, editorName, now));
        if (application.State.History.Count > HistoryLength)
        {
            application.State.History.RemoveRange(HistoryLength, application.State.History.Count - HistoryLength);
        }

        var liveEvent = LiveEvent.Create(StreamNames.Application(Key), ++application.State.LastSeq, "application.updated", now, data);
        // The event is stored before the state that counts it, so a crash between the two never leaves a gap.
        await events.AppendAsync(liveEvent);
        await application.WriteStateAsync();
        await events.PublishAsync(liveEvent);
    }

    private ApplicationView View() => new(Key, application.State.Vision, application.State.Plan, application.State.Kpis,
        application.State.KpisVersion, application.State.Criteria, application.State.CriteriaVersion, application.State.History,
        application.State.LastSeq);
}
