using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Features.Search;

namespace ExchangeHub.Web.Endpoints;

/// <summary>One search result; <see cref="Snippet"/> is escaped HTML with matches in &lt;mark&gt;.</summary>
public sealed record SearchHitResponse(
    string Type, string Id, string Title, string Snippet, double Score, string Url, string? LabId, string? LabName,
    string? Prefecture, string? PrefectureName, IReadOnlyList<string> Themes, DateTimeOffset UpdatedAt)
{
    public static SearchHitResponse From(SearchHit hit) => new(
        hit.Type, hit.Id, hit.Title, hit.SnippetHtml, Math.Round(hit.Score, 4), hit.Url, hit.LabId, hit.LabName, hit.Prefecture,
        Prefectures.Find(hit.Prefecture)?.NameJa, hit.Themes, hit.UpdatedAt);
}
