using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Applications;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Notifications;
using ExchangeHub.Core.Features.Threads;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Live;

/// <summary>Checks that the caller may see a stream and answers the events after <see cref="AfterSeq"/>.</summary>
public sealed record SubscribeToStreamQuery(string Stream, long AfterSeq) : IQuery<Result<IReadOnlyList<LiveEvent>>>;

public sealed class SubscribeToStreamValidator : AbstractValidator<SubscribeToStreamQuery>
{
    public SubscribeToStreamValidator()
    {
        RuleFor(q => q.Stream).NotEmpty().MaximumLength(200);
        RuleFor(q => q.AfterSeq).GreaterThanOrEqualTo(0);
    }
}

public sealed class SubscribeToStreamAuthorizer(StreamAccess streams) : IAuthorizer<SubscribeToStreamQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(SubscribeToStreamQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        streams.CheckAsync(message.Stream, user);
}

public sealed class SubscribeToStreamHandler(IGrainFactory grains)
    : IQueryHandler<SubscribeToStreamQuery, Result<IReadOnlyList<LiveEvent>>>
{
    public async ValueTask<Result<IReadOnlyList<LiveEvent>>> Handle(SubscribeToStreamQuery query, CancellationToken cancellationToken)
    {
        if (query.Stream.StartsWith(StreamNames.LabPrefix, StringComparison.Ordinal))
        {
            return await grains.GetGrain<ILabGrain>(query.Stream[StreamNames.LabPrefix.Length..]).GetEventsAfterAsync(query.AfterSeq);
        }

        if (query.Stream.StartsWith(StreamNames.ThreadPrefix, StringComparison.Ordinal))
        {
            return await grains.GetGrain<ITopicThreadGrain>(query.Stream[StreamNames.ThreadPrefix.Length..]).GetEventsAfterAsync(query.AfterSeq);
        }

        if (query.Stream.StartsWith(StreamNames.ConsortiumPrefix, StringComparison.Ordinal))
        {
            return await grains.GetGrain<IConsortiumGrain>(query.Stream[StreamNames.ConsortiumPrefix.Length..]).GetEventsAfterAsync(query.AfterSeq);
        }

        if (query.Stream.StartsWith(StreamNames.ApplicationPrefix, StringComparison.Ordinal))
        {
            return Result<IReadOnlyList<LiveEvent>>.Ok(
                await grains.GetGrain<IApplicationGrain>(query.Stream[StreamNames.ApplicationPrefix.Length..]).GetEventsAfterAsync(query.AfterSeq));
        }

        if (query.Stream == StreamNames.Activity)
        {
            return Result<IReadOnlyList<LiveEvent>>.Ok(await grains.GetGrain<IActivityGrain>(0).GetEventsAfterAsync(query.AfterSeq));
        }

        if (query.Stream == StreamNames.MentorDesk)
        {
            return Result<IReadOnlyList<LiveEvent>>.Ok(await grains.GetGrain<IMentorDeskGrain>(0).GetEventsAfterAsync(query.AfterSeq));
        }

        if (query.Stream.StartsWith(StreamNames.MentorRequestPrefix, StringComparison.Ordinal))
        {
            return await grains.GetGrain<IMentorRequestGrain>(query.Stream[StreamNames.MentorRequestPrefix.Length..]).GetEventsAfterAsync(query.AfterSeq);
        }

        return Result<IReadOnlyList<LiveEvent>>.Ok(
            await grains.GetGrain<INotificationInboxGrain>(query.Stream[StreamNames.UserPrefix.Length..]).GetEventsAfterAsync(query.AfterSeq));
    }
}
