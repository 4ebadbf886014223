namespace ExchangeHub.Core.Features.Threads;

/// <summary>What the current person may do in a space.</summary>
public sealed record SpaceRights(bool CanRead, bool CanPost, bool CanModerate)
{
    public static readonly SpaceRights None = new(false, false, false);
}
