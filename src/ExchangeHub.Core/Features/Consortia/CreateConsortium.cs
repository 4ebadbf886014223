using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Threads;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

public sealed record CreateConsortiumCommand(string Name, string Purpose, string LeadLabId, DateTimeOffset? Deadline)
    : ICommand<Result<ConsortiumView>>, IRequireSignIn;

public sealed class CreateConsortiumValidator : AbstractValidator<CreateConsortiumCommand>
{
    public CreateConsortiumValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Purpose).NotNull().MaximumLength(2000);
        RuleFor(c => c.LeadLabId).NotEmpty().MaximumLength(100);
    }
}

public sealed class CreateConsortiumAuthorizer(LabGuard guard) : IAuthorizer<CreateConsortiumCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(CreateConsortiumCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.LeadLabId, user, LabRoles.Admin);
}

public sealed class CreateConsortiumHandler(IGrainFactory grains, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateConsortiumCommand, Result<ConsortiumView>>
{
    public async ValueTask<Result<ConsortiumView>> Handle(CreateConsortiumCommand command, CancellationToken cancellationToken)
    {
        var lab = await grains.GetGrain<ILabGrain>(command.LeadLabId).GetAsync();
        var author = await grains.GetGrain<IUserGrain>(user.UserId ?? "").GetAsync();
        if (lab is null || author is null)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        var (consortiumId, threadId) = (Ids.New(), Ids.New());
        var created = await grains.GetGrain<IConsortiumGrain>(consortiumId).CreateAsync(
            new NewConsortium(command.Name.Trim(), command.Purpose.Trim(), command.LeadLabId, lab.Fields.Name, command.Deadline, threadId));
        if (created.IsSuccess)
        {
            await grains.GetGrain<ITopicThreadGrain>(threadId).CreateAsync(
                new NewThread(Spaces.Consortium(consortiumId), command.Name.Trim(), author.Id, author.DisplayName, null));
            // A consortium's name and purpose are its members' business: the public feed names only the lead lab.
            await grains.GetGrain<IActivityGrain>(0).RecordAsync(new ActivityItem(
                ActivityKinds.ConsortiumFormed, "", command.LeadLabId, lab.Fields.Name, $"/labs/{command.LeadLabId}", clock.GetUtcNow()));
        }

        return created;
    }
}
