using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.CaseStudies;

/// <summary>Renders a draft through the same pipeline as publishing, so the preview is what readers will see.</summary>
public sealed record PreviewMarkdownQuery(string Markdown) : IQuery<Result<string>>, IRequireSignIn;

public sealed class PreviewMarkdownValidator : AbstractValidator<PreviewMarkdownQuery>
{
    public PreviewMarkdownValidator() => RuleFor(q => q.Markdown).NotNull().MaximumLength(CaseStudyFieldsValidator.MaxBodyLength);
}

public sealed class PreviewMarkdownHandler(IMarkdownRenderer markdown) : IQueryHandler<PreviewMarkdownQuery, Result<string>>
{
    public ValueTask<Result<string>> Handle(PreviewMarkdownQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Result<string>.Ok(markdown.ToSafeHtml(query.Markdown)));
}
