using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Search;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Labs;

public sealed record UpdateLabCommand(string LabId, LabFields Fields) : ICommand<Result<LabDetails>>, IRequireSignIn;

public sealed class UpdateLabValidator : AbstractValidator<UpdateLabCommand>
{
    public UpdateLabValidator() => RuleFor(c => c.Fields).NotNull().SetValidator(new LabFieldsValidator());
}

public sealed class UpdateLabAuthorizer(LabGuard guard) : IAuthorizer<UpdateLabCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(UpdateLabCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.LabId, user, LabRoles.Admin);
}

public sealed class UpdateLabHandler(IGrainFactory grains, IMarkdownRenderer markdown, TimeProvider clock)
    : ICommandHandler<UpdateLabCommand, Result<LabDetails>>
{
    public async ValueTask<Result<LabDetails>> Handle(UpdateLabCommand command, CancellationToken cancellationToken)
    {
        var fields = LabFieldsCleaner.Clean(command.Fields);
        var updated = await grains.GetGrain<ILabGrain>(command.LabId).UpdateAsync(fields, markdown.ToSafeHtml(fields.Vision));
        if (updated.IsSuccess)
        {
            SearchIndexing.Upsert(grains, SearchDocuments.Lab(updated.ValueOrThrow(), clock.GetUtcNow()));
        }

        return updated;
    }
}
