using System.Globalization;
using System.Text;
using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Core.Features.Operator;

/// <summary>
/// The lab directory as CSV (RFC 4180) in UTF-8 with a byte order mark: without the mark Excel reads the file as
/// Shift_JIS and garbles every Japanese name.
/// </summary>
public static class DirectoryCsv
{
    public static readonly string[] Header =
        ["id", "name", "prefecture", "prefectureName", "region", "municipality", "programme", "status", "themes", "members", "caseStudies", "recommendedCompanies"];

    public static byte[] Write(IEnumerable<LabSummary> labs)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var lab in labs.OrderBy(l => l.Prefecture, StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal))
        {
            var prefecture = Prefectures.Find(lab.Prefecture);
            Line(csv,
            [
                lab.Id, lab.Name, lab.Prefecture, prefecture?.NameJa ?? "", prefecture is null ? "" : RegionBlocks.Slug(prefecture.Region),
                lab.Municipality, lab.Programme, lab.Status ?? LabStatuses.Approved, string.Join(';', lab.Themes),
                lab.MemberCount.ToString(CultureInfo.InvariantCulture), lab.CaseStudyCount.ToString(CultureInfo.InvariantCulture),
                lab.RecommendedCompanies.ToString(CultureInfo.InvariantCulture),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");

    // A cell that a spreadsheet would read as a formula is prefixed with an apostrophe, so an exported name cannot run one.
    private static string Quote(string cell)
    {
        var safe = cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
