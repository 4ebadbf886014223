using FluentValidation;

namespace ExchangeHub.Core.Features.Threads;

public static class PostFieldsValidation
{
    public const int MaxBodyLength = 20_000;

    public static IRuleBuilderOptions<T, string> ValidPostBody<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxBodyLength);
}
