using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Common.Themes;
using FluentValidation;

namespace ExchangeHub.Core.Features.CaseStudies;

public sealed class CaseStudyFieldsValidator : AbstractValidator<CaseStudyFields>
{
    public const int MaxBodyLength = 50_000;

    public CaseStudyFieldsValidator()
    {
        RuleFor(f => f.Title).NotEmpty().MaximumLength(120);
        RuleFor(f => f.Summary).NotNull().MaximumLength(400);
        RuleFor(f => f.Body).NotEmpty().MaximumLength(MaxBodyLength);
        RuleFor(f => f.Themes).NotNull().Must(t => t.Count <= 8).WithMessage(_ => Say.Text("テーマは8つまで選べます。", "Choose at most 8 themes."));
        RuleForEach(f => f.Themes).Must(Themes.IsKnown).WithMessage(_ => Say.Text("'{PropertyValue}' は登録されていないテーマです。", "'{PropertyValue}' is not a known theme."));
    }
}
