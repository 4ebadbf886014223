using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Labs;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>An admin of one lab asks another lab to work together, with an optional message and consortium to join.</summary>
public sealed record RequestPartnershipCommand(string FromLabId, string ToLabId, string? Message, string? ConsortiumId)
    : ICommand<Result<PartnershipRequest>>, IRequireSignIn;

public sealed class RequestPartnershipValidator : AbstractValidator<RequestPartnershipCommand>
{
    public RequestPartnershipValidator()
    {
        RuleFor(c => c.FromLabId).NotEmpty().MaximumLength(100);
        RuleFor(c => c.ToLabId).NotEmpty().MaximumLength(100).NotEqual(c => c.FromLabId)
            .WithMessage(_ => Say.Text("自分のラボには申し込めません。", "A lab cannot ask itself."));
        RuleFor(c => c.Message).MaximumLength(1000);
        RuleFor(c => c.ConsortiumId).MaximumLength(100);
    }
}

public sealed class RequestPartnershipAuthorizer(LabGuard guard) : IAuthorizer<RequestPartnershipCommand>
{
    // Without a lab to ask from there is nothing to check yet: the validator answers 400.
    public ValueTask<Problem?> AuthorizeAsync(RequestPartnershipCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        message.FromLabId.Length == 0 ? ValueTask.FromResult<Problem?>(null) : guard.RequireAsync(message.FromLabId, user, LabRoles.Admin);
}

public sealed class RequestPartnershipHandler(IGrainFactory grains, ICurrentUser user) : ICommandHandler<RequestPartnershipCommand, Result<PartnershipRequest>>
{
    public async ValueTask<Result<PartnershipRequest>> Handle(RequestPartnershipCommand command, CancellationToken cancellationToken)
    {
        var from = await grains.GetGrain<ILabGrain>(command.FromLabId).GetAsync();
        var to = await grains.GetGrain<ILabGrain>(command.ToLabId).GetAsync();
        var requester = await grains.GetGrain<IUserGrain>(user.UserId ?? "").GetAsync();
        if (from is null || to is null || requester is null)
        {
            return Problem.NotFound("申し込み先のラボ", "The lab asked");
        }

        if (await RefusalAsync(command) is { } refusal)
        {
            return refusal;
        }

        var request = new PartnershipRequest(Ids.New(), from.Id, from.Fields.Name, to.Id, to.Fields.Name, command.Message?.Trim() ?? "",
            command.ConsortiumId, requester.Id, requester.DisplayName, PartnershipStatus.Pending, default);
        var created = await grains.GetGrain<IPartnershipRequestGrain>(request.Id).CreateAsync(request);
        if (created.IsSuccess)
        {
            PartnershipNotices.ToAskedLab(grains, created.ValueOrThrow(), to);
        }

        return created;
    }

    private async Task<Problem?> RefusalAsync(RequestPartnershipCommand command)
    {
        var open = await grains.GetGrain<ILabPartnershipsGrain>(command.FromLabId).ListAsync();
        if (open.Any(request => request.IsPending && request.Between(command.FromLabId, command.ToLabId)))
        {
            return Problem.Conflict(Say.Text("この2つのラボの間には、回答待ちの申し込みがあります。", "There is already an open request between these two labs."));
        }

        if (command.ConsortiumId is null)
        {
            var ties = await grains.GetGrain<IConsortiumTiesGrain>(0).ListAsync();
            return ties.Values.Any(labs => labs.Contains(command.FromLabId) && labs.Contains(command.ToLabId))
                ? Problem.Conflict(Say.Text("この2つのラボは既に同じコンソーシアムに参加しています。", "These two labs are already in a consortium together."))
                : null;
        }

        var led = (await grains.GetGrain<ILabConsortiaGrain>(command.FromLabId).ListAsync())
            .FirstOrDefault(c => c.ConsortiumId == command.ConsortiumId && c.Leads && c.LabState == MemberStates.Joined);
        return led is null || ConsortiumStatus.IsOutcome(led.Status) || led.Status == ConsortiumStatus.Submitted
            ? Problem.Invalid("consortiumId", Say.Text("幹事を務めていて、まだ提出していないコンソーシアムを選んでください。", "Choose a consortium your lab leads that has not been submitted."))
            : null;
    }
}
