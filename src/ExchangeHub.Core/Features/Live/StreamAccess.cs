using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Live;

/// <summary>Who may see which stream; every subscription passes here.</summary>
public static class StreamAccess
{
    public static ValueTask<Problem?> CheckAsync(string stream, ICurrentUser user)
    {
        Problem? problem = stream switch
        {
            // A lab's page is public, and so are its case-study events.
            _ when stream.StartsWith(StreamNames.LabPrefix, StringComparison.Ordinal) => null,
            _ when stream.StartsWith(StreamNames.UserPrefix, StringComparison.Ordinal) =>
                user.UserId is null ? Problem.Unauthenticated()
                : stream == StreamNames.User(user.UserId) ? null
                : Problem.Forbidden(Say.Text("このストリームは本人だけが購読できます。", "Only that person may follow their own stream.")),
            _ => Problem.NotFound("ストリーム", "The stream"),
        };
        return ValueTask.FromResult(problem);
    }
}
