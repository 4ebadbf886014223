using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Accounts;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Applications;

/// <summary>
/// Saves one part of an application from the version the editor started with. Exactly one of <see cref="Markdown"/>
/// (vision, plan), <see cref="Kpis"/> or <see cref="Criteria"/> goes with the section.
/// </summary>
public sealed record SaveApplicationSectionCommand(
    string Key, string Section, int BaseVersion, string? Markdown, IReadOnlyList<ApplicationKpi>? Kpis, IReadOnlyList<CriterionCheck>? Criteria)
    : ICommand<Result<ApplicationDetails>>, IRequireSignIn;

public sealed class SaveApplicationSectionValidator : AbstractValidator<SaveApplicationSectionCommand>
{
    public SaveApplicationSectionValidator()
    {
        RuleFor(c => c.Section).Must(s => ApplicationSections.All.Contains(s))
            .WithMessage(_ => Say.Text("項目は vision, plan, kpis, criteria のいずれかです。", "Section is vision, plan, kpis or criteria."));
        RuleFor(c => c.BaseVersion).GreaterThanOrEqualTo(0);
        RuleFor(c => c.Markdown).NotNull().MaximumLength(30_000).When(c => ApplicationSections.Text.Contains(c.Section));
        RuleFor(c => c.Kpis).NotNull().Must(k => k is not null && k.Count <= 30).When(c => c.Section == ApplicationSections.Kpis)
            .WithMessage(_ => Say.Text("KPIは30件までです。", "List at most 30 KPIs."));
        RuleForEach(c => c.Kpis).SetValidator(new ApplicationKpiValidator()).When(c => c.Section == ApplicationSections.Kpis);
        RuleFor(c => c.Criteria).NotNull().When(c => c.Section == ApplicationSections.Criteria);
        RuleForEach(c => c.Criteria).ChildRules(criterion =>
        {
            criterion.RuleFor(c => c.Number).InclusiveBetween(1, 3);
            criterion.RuleFor(c => c.Parts).NotNull().Must(parts => parts.All(p => ApplicationSections.All.Contains(p) && p != ApplicationSections.Criteria))
                .WithMessage(_ => Say.Text("根拠は vision, plan, kpis から選びます。", "Link parts from vision, plan and kpis."));
            criterion.RuleFor(c => c.Note).NotNull().MaximumLength(1000);
        }).When(c => c.Section == ApplicationSections.Criteria);
    }
}

public sealed class SaveApplicationSectionAuthorizer(ApplicationAccess access) : IAuthorizer<SaveApplicationSectionCommand>
{
    public async ValueTask<Problem?> AuthorizeAsync(SaveApplicationSectionCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        (await access.CheckAsync(message.Key, user, toEdit: true)).Problem;
}

public sealed class SaveApplicationSectionHandler(IGrainFactory grains, ApplicationAccess access, IMarkdownRenderer markdown, ICurrentUser user)
    : ICommandHandler<SaveApplicationSectionCommand, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(SaveApplicationSectionCommand command, CancellationToken cancellationToken)
    {
        var owner = (await access.CheckAsync(command.Key, user, toEdit: true)).ValueOrThrow();
        var editor = (await grains.GetGrain<IUserGrain>(user.UserId ?? "").GetAsync())?.DisplayName ?? "";
        var grain = grains.GetGrain<IApplicationGrain>(command.Key);
        var saved = command.Section switch
        {
            ApplicationSections.Kpis when command.Kpis?.FirstOrDefault(k => !owner.Labs.ContainsKey(k.OwnerLabId)) is { } stray =>
                Problem.Invalid("kpis", Say.Text($"KPI「{stray.Indicator}」の担当ラボが参加ラボではありません。", $"The owner of KPI \"{stray.Indicator}\" is not one of the application's labs.")),
            ApplicationSections.Kpis => await grain.SaveKpisAsync(command.BaseVersion, command.Kpis ?? [], editor),
            ApplicationSections.Criteria => await grain.SaveCriteriaAsync(command.BaseVersion, Complete(command.Criteria ?? []), editor),
            _ => await grain.SaveTextAsync(command.Section, command.BaseVersion, command.Markdown ?? "", markdown.ToSafeHtml(command.Markdown ?? ""), editor),
        };
        return saved.IsSuccess
            ? new ApplicationDetails(owner, saved.ValueOrThrow(), Completeness.Of(saved.ValueOrThrow()))
            : saved.Problem;
    }

    // Every criterion is always listed, in order, once.
    private static List<CriterionCheck> Complete(IReadOnlyList<CriterionCheck> given) => ReviewCriteria.Numbers
        .Select(n => given.LastOrDefault(c => c.Number == n) is { } c ? c with { Parts = c.Parts.Distinct().ToList() } : new CriterionCheck(n, false, [], ""))
        .ToList();
}
