using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>A mentor's profile; <see cref="UserId"/> null means the caller's own.</summary>
public sealed record GetMentorQuery(string? UserId) : IQuery<Result<MentorProfile>>;

public sealed class GetMentorAuthorizer : IAuthorizer<GetMentorQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(GetMentorQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(message.UserId is null && !user.IsAuthenticated ? Problem.Unauthenticated() : null);
}

public sealed class GetMentorHandler(IGrainFactory grains, ICurrentUser user) : IQueryHandler<GetMentorQuery, Result<MentorProfile>>
{
    public async ValueTask<Result<MentorProfile>> Handle(GetMentorQuery query, CancellationToken cancellationToken) =>
        await grains.GetGrain<IMentorGrain>(query.UserId ?? user.UserId ?? "").GetAsync() is { } profile
            ? profile
            : Problem.NotFound("メンター", "The mentor");
}
