using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>The requesting lab (or an operator) withdraws a request that has no answer yet.</summary>
public sealed record CancelMentorRequestCommand(string RequestId) : ICommand<Result<MentorRequestView>>, IRequireSignIn;

public sealed class CancelMentorRequestAuthorizer(MentorRequestGuard guard) : IAuthorizer<CancelMentorRequestCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(CancelMentorRequestCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.RequestId, g => g.Rights.CanCancel,
            () => Say.Text("相談したラボのメンバーだけが取り消せます。", "Only members of the requesting lab may cancel it."));
}

public sealed class CancelMentorRequestHandler(IGrainFactory grains, ICurrentUser user)
    : ICommandHandler<CancelMentorRequestCommand, Result<MentorRequestView>>
{
    public async ValueTask<Result<MentorRequestView>> Handle(CancelMentorRequestCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<IUserGrain>(user.UserId ?? "").GetAsync() is { } person
            ? await grains.GetGrain<IMentorRequestGrain>(command.RequestId).CancelAsync(new Viewer(person.Id, person.DisplayName))
            : Problem.Unauthenticated();
}
