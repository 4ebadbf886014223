using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>Tells a mentor request of each post in its thread, so the claiming mentor's first post counts as the first answer.</summary>
public sealed class NoteMentorAnswer(IGrainFactory grains) : INotificationHandler<PostAdded>
{
    public async ValueTask Handle(PostAdded notification, CancellationToken cancellationToken)
    {
        var space = notification.Thread.Space;
        if (space.StartsWith(Spaces.MentorRequestPrefix, StringComparison.Ordinal))
        {
            await grains.GetGrain<IMentorRequestGrain>(space[Spaces.MentorRequestPrefix.Length..]).NoteAnswerAsync(notification.Post.AuthorId);
        }
    }
}
