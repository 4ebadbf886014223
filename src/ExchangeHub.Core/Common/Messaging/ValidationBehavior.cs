using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
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
        return TResponse.Fail(new Problem(ProblemKind.Invalid, Say.Text("入力内容に誤りがあります。", "The request has invalid fields."), errors));
    }

    // Commands carry the request body as "Fields"; clients named the fields without that prefix.
    private static string ToCamelCase(string path) => string.Join('.', path
        .Split('.')
        .SkipWhile(segment => segment == "Fields")
        .Select(segment => segment.Length == 0 ? segment : string.Concat(char.ToLowerInvariant(segment[0]).ToString(), segment[1..])));
}
