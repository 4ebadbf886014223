using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Common.Themes;
using FluentValidation;

namespace ExchangeHub.Core.Features.Labs;

public sealed class LabFieldsValidator : AbstractValidator<LabFields>
{
    public LabFieldsValidator()
    {
        RuleFor(f => f.Name).NotEmpty().MaximumLength(100);
        RuleFor(f => f.Prefecture).NotEmpty()
            .Must(code => Prefectures.Find(code) is not null).WithMessage(_ => Say.Text("都道府県は JIS X 0401 のコード \"01\"〜\"47\" で指定してください。", "Use a JIS X 0401 prefecture code from \"01\" to \"47\"."));
        RuleFor(f => f.Municipality).NotEmpty().MaximumLength(50);
        RuleFor(f => f.Programme).NotEmpty()
            .Must(p => p is Programmes.Dx or Programmes.Iot).WithMessage(_ => Say.Text("プログラムは \"dx\" か \"iot\" です。", "Programme is \"dx\" or \"iot\"."));
        RuleFor(f => f.Themes).NotNull().Must(t => t.Count <= 8).WithMessage(_ => Say.Text("テーマは8つまで選べます。", "Choose at most 8 themes."));
        RuleForEach(f => f.Themes).Must(Themes.IsKnown).WithMessage(_ => Say.Text("'{PropertyValue}' は登録されていないテーマです。", "'{PropertyValue}' is not a known theme."));
        RuleFor(f => f.Needs).NotNull().Must(n => n.Count <= 20).WithMessage(_ => Say.Text("課題は20件までです。", "List at most 20 needs."));
        RuleForEach(f => f.Needs).NotEmpty().MaximumLength(100);
        RuleFor(f => f.Offers).NotNull().Must(o => o.Count <= 20).WithMessage(_ => Say.Text("提供できることは20件までです。", "List at most 20 offers."));
        RuleForEach(f => f.Offers).NotEmpty().MaximumLength(100);
        RuleFor(f => f.Vision).NotNull().MaximumLength(20_000);
        RuleFor(f => f.Kpis).Must(k => k is null || k.Count <= 30).WithMessage(_ => Say.Text("KPIは30件までです。", "List at most 30 KPIs."));
        RuleForEach(f => f.Kpis).ChildRules(kpi =>
        {
            kpi.RuleFor(k => k.Indicator).NotEmpty().MaximumLength(100);
            kpi.RuleFor(k => k.Unit).NotNull().MaximumLength(20);
        });
    }
}
