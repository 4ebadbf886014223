using ExchangeHub.Core.Common.Results;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Common.Messaging;

/// <summary>Runs every FluentValidation validator of a message and answers 400-style problems with per-field errors.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IFailable<TResponse>
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count == 0)
        {
            return await next(message, cancellationToken);
        }

        var errors = failures
            .GroupBy(failure => ToCamelCase(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());
        return TResponse.Fail(new Problem(ProblemKind.Invalid, "The request has invalid fields.", errors));
    }

    private static string ToCamelCase(string name) =>
        string.IsNullOrEmpty(name) ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
}
