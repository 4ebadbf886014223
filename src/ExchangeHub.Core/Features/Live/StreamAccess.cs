using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Applications;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Core.Features.Live;

/// <summary>Who may see which stream; every subscription passes here.</summary>
public sealed class StreamAccess(IGrainFactory grains, ThreadPlaces threads, SpaceAccess spaces, ApplicationAccess applications)
{
    public async ValueTask<Problem?> CheckAsync(string stream, ICurrentUser user)
    {
        if (stream.StartsWith(StreamNames.LabPrefix, StringComparison.Ordinal))
        {
            // A lab's page is public, and so are its case-study events.
            return null;
        }

        if (stream == StreamNames.Activity)
        {
            // Only public items ever reach the activity stream (see ActivityItem), so anyone may follow it.
            return null;
        }

        if (stream.StartsWith(StreamNames.UserPrefix, StringComparison.Ordinal))
        {
            return user.UserId is null ? Problem.Unauthenticated()
                : stream == StreamNames.User(user.UserId) ? null
                : Problem.Forbidden(Say.Text("このストリームは本人だけが購読できます。", "Only that person may follow their own stream."));
        }

        if (stream.StartsWith(StreamNames.ThreadPrefix, StringComparison.Ordinal)
            && await threads.FindAsync(stream[StreamNames.ThreadPrefix.Length..]) is { } thread)
        {
            var rights = await spaces.RightsAsync(thread.Space, user);
            return rights.IsSuccess && rights.ValueOrThrow().CanRead
                ? null
                : Problem.Forbidden(Say.Text("このスレッドを見る権限がありません。", "You may not see this thread."));
        }

        if (stream.StartsWith(StreamNames.ConsortiumPrefix, StringComparison.Ordinal))
        {
            // The consortium's stream is its private space's: only its joined labs (and operators) hear it.
            var rights = await spaces.RightsAsync(Spaces.Consortium(stream[StreamNames.ConsortiumPrefix.Length..]), user);
            return rights.IsSuccess && rights.ValueOrThrow().CanRead
                ? null
                : rights.Problem ?? Problem.Forbidden(Say.Text("このコンソーシアムの参加ラボではありません。", "Your lab is not in this consortium."));
        }

        if (stream.StartsWith(StreamNames.ApplicationPrefix, StringComparison.Ordinal))
        {
            return (await applications.CheckAsync(stream[StreamNames.ApplicationPrefix.Length..], user, toEdit: false)).Problem;
        }

        if (stream == StreamNames.MentorDesk)
        {
            return user.UserId is null ? Problem.Unauthenticated()
                : await grains.GetGrain<IMentorGrain>(user.UserId).GetAsync() is not null ? null
                : MentorGuard.NotAMentor();
        }

        if (stream.StartsWith(StreamNames.MentorRequestPrefix, StringComparison.Ordinal)
            && await grains.GetGrain<IMentorRequestGrain>(stream[StreamNames.MentorRequestPrefix.Length..]).GetAsync() is { } request)
        {
            return user.UserId is null ? Problem.Unauthenticated()
                : (await MentorRequestRights.OfAsync(grains, request, user)).CanRead(request) ? null
                : Problem.Forbidden(MentorRequestGuard.NotVisible());
        }

        return Problem.NotFound("ストリーム", "The stream");
    }
}
