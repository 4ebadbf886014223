using ExchangeHub.Core.Common.Results;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>A post waiting for the thread's next batch, with the answer its caller awaits.</summary>
internal sealed record PendingPost(NewPost NewPost, TaskCompletionSource<Result<PostReceipt>> Answer);
