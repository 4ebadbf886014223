using System.Globalization;
using System.Text;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using Mediator;

namespace ExchangeHub.Core.Features.Applications;

/// <summary>The whole application as one Markdown document, to download and hand in.</summary>
public sealed record ExportApplicationQuery(string Key) : IQuery<Result<string>>, IRequireSignIn;

public sealed class ExportApplicationHandler(ApplicationReader reader, ICurrentUser user) : IQueryHandler<ExportApplicationQuery, Result<string>>
{
    public async ValueTask<Result<string>> Handle(ExportApplicationQuery query, CancellationToken cancellationToken)
    {
        var details = await reader.ReadAsync(query.Key, user);
        return details.IsSuccess ? Render(details.ValueOrThrow()) : details.Problem;
    }

    private static string Render(ApplicationDetails details)
    {
        var (owner, application) = (details.Owner, details.Application);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# {owner.Title}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{Say.Text("参加ラボ", "Labs")}: {string.Join("、", owner.Labs.Values)}")
            .AppendLine(CultureInfo.InvariantCulture, $"{Say.Text("完成度", "Completeness")}: {details.Completeness.Score}%")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"## {Say.Text("ビジョン", "Vision")}").AppendLine().AppendLine(application.Vision.Markdown).AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"## {Say.Text("実施計画", "Implementation plan")}").AppendLine().AppendLine(application.Plan.Markdown).AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"## KPI").AppendLine()
            .AppendLine(Say.Text("| 指標 | 単位 | 基準値 | 目標値 | 期限 | 担当ラボ |", "| Indicator | Unit | Baseline | Target | Due | Owner lab |"))
            .AppendLine("|---|---|---|---|---|---|");
        foreach (var kpi in application.Kpis)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(kpi.Indicator)} | {Cell(kpi.Unit)} | {kpi.Baseline} | {kpi.Target} | {kpi.DueDate:yyyy-MM-dd} | {Cell(owner.Labs.GetValueOrDefault(kpi.OwnerLabId, kpi.OwnerLabId))} |");
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {Say.Text("審査の視点", "Review criteria")}").AppendLine();
        foreach (var criterion in application.Criteria)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- [{(criterion.Met ? "x" : " ")}] {criterion.Number}. {ReviewCriteria.Title(criterion.Number)} ({string.Join(", ", criterion.Parts)}) {criterion.Note}");
        }

        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
