namespace ExchangeHub.Core.Features.Threads;

public static class Reactions
{
    public static IReadOnlyList<Reaction> Toggle(IReadOnlyList<Reaction> reactions, string emoji, string userId, bool add)
    {
        var result = reactions.ToDictionary(r => r.Emoji, r => r.UserIds.ToList());
        var users = result.TryGetValue(emoji, out var existing) ? existing : result[emoji] = [];
        users.Remove(userId);
        if (add)
        {
            users.Add(userId);
        }

        return Reaction.Allowed.Where(e => result.TryGetValue(e, out var u) && u.Count > 0).Select(e => new Reaction(e, result[e])).ToList();
    }
}
