namespace ExchangeHub.Core.Features.Threads;

/// <summary>A new post as its followers hear of it: who it mentions, and whose post it replies to.</summary>
public sealed record AddedPost(Post Post, IReadOnlyList<string> Mentioned, string? RepliedAuthorId);
