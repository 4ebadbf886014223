using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Notifications;

/// <summary>Marks the listed notifications read, or all of them when none are listed.</summary>
public sealed record MarkNotificationsReadCommand(IReadOnlyList<string> Ids) : ICommand<Result<InboxView>>, IRequireSignIn;

public sealed class MarkNotificationsReadValidator : AbstractValidator<MarkNotificationsReadCommand>
{
    public MarkNotificationsReadValidator() => RuleFor(c => c.Ids).NotNull().Must(ids => ids.Count <= 200);
}

public sealed class MarkNotificationsReadHandler(IGrainFactory grains, ICurrentUser user)
    : ICommandHandler<MarkNotificationsReadCommand, Result<InboxView>>
{
    public async ValueTask<Result<InboxView>> Handle(MarkNotificationsReadCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<INotificationInboxGrain>(user.UserId ?? "").MarkReadAsync(command.Ids);
}
