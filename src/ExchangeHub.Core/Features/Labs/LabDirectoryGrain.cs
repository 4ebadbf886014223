using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Labs;

public sealed class LabDirectoryGrain([PersistentState("directory")] IPersistentState<LabDirectoryState> directory)
    : Grain, ILabDirectoryGrain
{
    private Dictionary<string, string>? _idsByName;

    private Dictionary<string, string> IdsByName => _idsByName ??= directory.State.Labs.Values
        .GroupBy(lab => lab.Name, StringComparer.Ordinal)
        .ToDictionary(names => names.Key, names => names.First().Id, StringComparer.Ordinal);

    public async Task UpsertAsync(LabSummary summary)
    {
        if (directory.State.Labs.TryGetValue(summary.Id, out var previous) && previous.Name != summary.Name)
        {
            _idsByName = null;
        }

        directory.State.Labs[summary.Id] = summary;
        IdsByName.TryAdd(summary.Name, summary.Id);
        await directory.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> FindByNamesAsync(IReadOnlyList<string> names) =>
        Task.FromResult<IReadOnlyList<string>>([.. names.Select(name => IdsByName.GetValueOrDefault(name)).OfType<string>().Distinct()]);

    public Task<LabPage> SearchAsync(LabFilter filter)
    {
        var text = string.IsNullOrWhiteSpace(filter.Text) ? null : TextFolding.Fold(filter.Text.Trim());
        RegionBlock? region = filter.Region is { } slug && RegionBlocks.TryParseSlug(slug, out var parsed) ? parsed : null;
        var matches = directory.State.Labs.Values
            .Where(lab => filter.Prefecture is null || lab.Prefecture == filter.Prefecture)
            .Where(lab => region is null || Prefectures.Find(lab.Prefecture)?.Region == region)
            .Where(lab => filter.Theme is null || lab.Themes.Contains(filter.Theme))
            .Where(lab => filter.Programme is null || lab.Programme == filter.Programme)
            .Where(lab => text is null || Haystack(lab).Contains(text, StringComparison.Ordinal))
            .OrderBy(lab => lab.Prefecture, StringComparer.Ordinal)
            .ThenBy(lab => lab.Name, StringComparer.Ordinal)
            .ToList();
        var page = matches.Skip(Math.Max(filter.Skip, 0)).Take(Math.Clamp(filter.Take, 1, 200)).ToList();
        return Task.FromResult(new LabPage(page, matches.Count));
    }

    public Task<int> CountAsync() => Task.FromResult(directory.State.Labs.Count);

    public Task<IReadOnlyList<LabSummary>> ListAllAsync() => Task.FromResult<IReadOnlyList<LabSummary>>([.. directory.State.Labs.Values]);

    private static string Haystack(LabSummary lab)
    {
        var prefecture = Prefectures.Find(lab.Prefecture);
        return TextFolding.Fold(string.Join(' ', lab.Name, lab.Municipality, prefecture?.NameJa, prefecture?.NameEn, string.Join(' ', lab.Themes)));
    }
}
