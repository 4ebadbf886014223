namespace ExchangeHub.Core.Features.Threads;

public static class ThreadEventTypes
{
    public const string PostCreated = "post.created";
    public const string PostEdited = "post.edited";
    public const string PostDeleted = "post.deleted";
    public const string PostHidden = "post.hidden";
    public const string PostReacted = "post.reacted";
    public const string ThreadResolved = "thread.resolved";
    public const string ThreadReopened = "thread.reopened";
}
