using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Moderation;
using ExchangeHub.Core.Features.Operator;
using ExchangeHub.Web.Pages.Mentors;
using ExchangeHub.Web.Pages.Shared.Charts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Operator;

/// <summary>The programme office's console: labs to approve, IoT labs to move, flagged posts, programme-wide charts.</summary>
[Authorize]
public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> text, TimeProvider clock) : PageModel
{
    private const int Months = 12;
    public const string ProblemKey = "OperatorProblem";

    public OperatorOverview Overview { get; private set; } = new([], new ActivityView([], new Dictionary<string, int>(), 0), [], []);

    public IReadOnlyList<LabSummary> IotLabs { get; private set; } = [];

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public string MedianWait { get; private set; } = "";

    public string? Problem => TempData[ProblemKey] as string;

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await mediator.Send(new GetOperatorOverviewQuery());
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        Overview = result.ValueOrThrow();
        IotLabs = [.. Overview.Labs.Where(l => l.Programme == Programmes.Iot).OrderBy(l => l.Prefecture, StringComparer.Ordinal)];
        MedianWait = MentorText.Duration(text, MentorGrain.Median(Overview.RecentWaitSeconds));
        var now = clock.GetUtcNow();
        Charts =
        [
            new(text["Operator.LabsByRegion"], [.. RegionCount.Of(Overview.Labs).Select(r => new ChartPoint(
                RegionBlocks.TryParseSlug(r.Region, out var region) ? Display.Region(region) : r.Region, r.Count, Display.Number(r.Count)))]),
            PerMonth(text["Operator.ConsortiaPerMonth"], ActivityKinds.ConsortiumFormed, now),
            PerMonth(text["Operator.CaseStudiesPerMonth"], ActivityKinds.CaseStudyPublished, now),
            new(text["Operator.MentorWaits"], [.. Overview.RecentWaitSeconds.Select((seconds, i) => new ChartPoint(
                text["Operator.AnswerNumber", i + 1], Math.Round(seconds / 60m, 1), MentorText.Duration(text, seconds)))]),
        ];
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(string labId) => RunAsync(new ApproveLabCommand(labId), "Flash.LabApproved");

    public Task<IActionResult> OnPostMoveToDxAsync(string labId) => RunAsync(new MoveLabToDxCommand(labId), "Flash.LabMovedToDx");

    public Task<IActionResult> OnPostHideAsync(string threadId, long seq) => RunAsync(new HidePostCommand(threadId, seq), "Flash.PostHidden");

    public Task<IActionResult> OnPostDismissAsync(string threadId, long seq) => RunAsync(new DismissFlagCommand(threadId, seq), "Flash.FlagDismissed");

    private Chart PerMonth(string title, string kind, DateTimeOffset now) =>
        new(title, [.. Overview.Activity.PerMonth(kind, now, Months).Select(m => new ChartPoint(ActivityText.MonthLabel(m.Month), m.Count, Display.Number(m.Count)))]);

    private async Task<IActionResult> RunAsync<T>(ICommand<Result<T>> command, string flash)
    {
        var result = await mediator.Send(command);
        if (!result.IsSuccess && !result.Problem.BelongsOnForm())
        {
            return this.ProblemResult(result.Problem);
        }

        if (result.IsSuccess)
        {
            TempData[Flash.Key] = flash;
        }
        else
        {
            TempData[ProblemKey] = result.Problem.Detail;
        }

        return RedirectToPage("/Operator/Index");
    }
}
