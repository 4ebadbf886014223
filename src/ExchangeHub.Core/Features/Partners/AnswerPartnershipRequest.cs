using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>The asked lab's admins accept (a consortium forms or grows) or decline; the asking lab's admins are told.</summary>
public sealed record AnswerPartnershipRequestCommand(string RequestId, bool Accept) : ICommand<Result<PartnershipRequest>>, IRequireSignIn;

public sealed class AnswerPartnershipRequestAuthorizer(IGrainFactory grains, LabGuard guard) : IAuthorizer<AnswerPartnershipRequestCommand>
{
    public async ValueTask<Problem?> AuthorizeAsync(AnswerPartnershipRequestCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        await grains.GetGrain<IPartnershipRequestGrain>(message.RequestId).GetAsync() is { } request
            ? await guard.RequireAsync(request.ToLabId, user, LabRoles.Admin)
            : Problem.NotFound("連携の申し込み", "The partnership request");
}

public sealed class AnswerPartnershipRequestHandler(IGrainFactory grains, ICurrentUser user)
    : ICommandHandler<AnswerPartnershipRequestCommand, Result<PartnershipRequest>>
{
    public async ValueTask<Result<PartnershipRequest>> Handle(AnswerPartnershipRequestCommand command, CancellationToken cancellationToken)
    {
        var actor = await grains.GetGrain<IUserGrain>(user.UserId ?? "").GetAsync();
        var answered = await grains.GetGrain<IPartnershipRequestGrain>(command.RequestId).AnswerAsync(command.Accept, actor?.DisplayName ?? "");
        if (answered.IsSuccess)
        {
            await PartnershipNotices.ToAskingLabAsync(grains, answered.ValueOrThrow());
        }

        return answered;
    }
}
