using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Search;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Labs;

public sealed record CreateLabCommand(LabFields Fields) : ICommand<Result<LabDetails>>, IRequireSignIn;

public sealed class CreateLabValidator : AbstractValidator<CreateLabCommand>
{
    public CreateLabValidator() => RuleFor(c => c.Fields).NotNull().SetValidator(new LabFieldsValidator());
}

public sealed class CreateLabHandler(IGrainFactory grains, IMarkdownRenderer markdown, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateLabCommand, Result<LabDetails>>
{
    public async ValueTask<Result<LabDetails>> Handle(CreateLabCommand command, CancellationToken cancellationToken)
    {
        var user = grains.GetGrain<IUserGrain>(currentUser.UserId ?? "");
        if (await user.GetAsync() is not { } creator)
        {
            return Problem.Unauthenticated();
        }

        var labId = Ids.New();
        var fields = LabFieldsCleaner.Clean(command.Fields);
        var created = await grains.GetGrain<ILabGrain>(labId)
            .CreateAsync(fields, markdown.ToSafeHtml(fields.Vision), new LabMember(creator.Id, creator.DisplayName, LabRoles.Admin));
        if (created.IsSuccess)
        {
            await user.SetLabMembershipAsync(new LabMembership(labId, fields.Name, LabRoles.Admin));
            SearchIndexing.Upsert(grains, SearchDocuments.Lab(created.ValueOrThrow(), clock.GetUtcNow()));
        }

        return created;
    }
}
