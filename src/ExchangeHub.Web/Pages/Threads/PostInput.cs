namespace ExchangeHub.Web.Pages.Threads;

/// <summary>What the thread forms send: a new thread's title, a post's Markdown body, the post it answers and the id that makes a resend harmless.</summary>
public sealed class PostInput
{
    public string? Title { get; set; }

    public string? Body { get; set; }

    public long? ReplyTo { get; set; }

    public string? ClientId { get; set; } = Guid.NewGuid().ToString("N");
}
