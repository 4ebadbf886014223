using ExchangeHub.Core.Common.Text;
using FluentValidation;

namespace ExchangeHub.Core.Features.Applications;

public sealed class ApplicationKpiValidator : AbstractValidator<ApplicationKpi>
{
    public ApplicationKpiValidator()
    {
        RuleFor(k => k.Indicator).NotEmpty().MaximumLength(100);
        RuleFor(k => k.Unit).NotEmpty().MaximumLength(20);
        RuleFor(k => k.Target).NotEqual(k => k.Baseline)
            .WithMessage(_ => Say.Text("目標値は基準値と違う値にしてください。", "The target must differ from the baseline."));
        RuleFor(k => k.DueDate).NotEqual(default(DateOnly))
            .WithMessage(_ => Say.Text("期限を入れてください。", "Give a due date."));
        RuleFor(k => k.OwnerLabId).NotEmpty();
    }
}
