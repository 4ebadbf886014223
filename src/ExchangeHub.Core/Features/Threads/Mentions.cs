using System.Text.RegularExpressions;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// Finds who a post mentions — "@handle" for a person, "@[lab name]" for every member of a lab — keeping only
/// people who may read the space, and marks the mentions in the Markdown so they stand out.
/// </summary>
public sealed partial class Mentions(IGrainFactory grains, SpaceAccess spaces)
{
    private const int MaxMentions = 20;

    public async Task<MentionResult> ResolveAsync(string body, string space)
    {
        var userIds = new HashSet<string>();
        var marked = new HashSet<string>();
        foreach (var handle in HandlePattern().Matches(body).Select(m => m.Groups[1].Value).Distinct().Take(MaxMentions))
        {
            if (await grains.GetGrain<INameIndexGrain>(NameKeys.Handle(handle)).GetUserIdAsync() is { } userId)
            {
                userIds.Add(userId);
                marked.Add("@" + handle);
            }
        }

        var labNames = LabPattern().Matches(body).Select(m => m.Groups[1].Value).Distinct().Take(MaxMentions).ToList();
        var labIds = labNames.Count == 0 ? [] : await grains.GetGrain<ILabDirectoryGrain>(0).FindByNamesAsync(labNames);
        foreach (var labId in labIds)
        {
            if (await grains.GetGrain<ILabGrain>(labId).GetAsync() is { } details)
            {
                userIds.UnionWith(details.Members.Select(m => m.UserId));
                marked.Add($"@[{details.Fields.Name}]");
            }
        }

        var readers = new List<string>();
        foreach (var userId in userIds)
        {
            var rights = await spaces.RightsAsync(space, new SomePerson(userId));
            if (rights.IsSuccess && rights.ValueOrThrow().CanRead)
            {
                readers.Add(userId);
            }
        }

        var markdown = marked.Aggregate(body, (text, mention) => text.Replace(mention, $"**{mention}**", StringComparison.Ordinal));
        return new MentionResult(readers, markdown);
    }

    [GeneratedRegex(@"(?<![\w@/])@([A-Za-z0-9_-]{2,30})(?![\w@])")]
    private static partial Regex HandlePattern();

    [GeneratedRegex(@"@\[([^\]\r\n]{1,100})\]")]
    private static partial Regex LabPattern();

    private sealed record SomePerson(string UserId) : ICurrentUser
    {
        string? ICurrentUser.UserId => UserId;

        public bool IsInRole(string role) => false;
    }
}

public sealed record MentionResult(IReadOnlyList<string> UserIds, string Markdown);
