using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Threads;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>The requesting lab closes its request, optionally rating the mentor (1–5) with a comment.</summary>
public sealed record ResolveMentorRequestCommand(string RequestId, int? Rating, string? Comment) : ICommand<Result<MentorRequestView>>, IRequireSignIn;

public sealed class ResolveMentorRequestValidator : AbstractValidator<ResolveMentorRequestCommand>
{
    public ResolveMentorRequestValidator()
    {
        RuleFor(c => c.Rating).InclusiveBetween(1, 5).When(c => c.Rating is not null)
            .WithMessage(_ => Say.Text("評価は1〜5です。", "Rating is from 1 to 5."));
        RuleFor(c => c.Comment).MaximumLength(2_000);
    }
}

public sealed class ResolveMentorRequestAuthorizer(MentorRequestGuard guard) : IAuthorizer<ResolveMentorRequestCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(ResolveMentorRequestCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.RequestId, g => g.Rights.CanResolve,
            () => Say.Text("相談したラボのメンバーだけが解決にできます。", "Only members of the requesting lab may resolve it."));
}

public sealed class ResolveMentorRequestHandler(IGrainFactory grains, ICurrentUser user)
    : ICommandHandler<ResolveMentorRequestCommand, Result<MentorRequestView>>
{
    public async ValueTask<Result<MentorRequestView>> Handle(ResolveMentorRequestCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<IUserGrain>(user.UserId ?? "").GetAsync() is { } person
            ? await grains.GetGrain<IMentorRequestGrain>(command.RequestId).ResolveAsync(new Viewer(person.Id, person.DisplayName), command.Rating, command.Comment)
            : Problem.Unauthenticated();
}
