using Mediator;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>A person added a post to a thread. Features whose spaces hold threads react to it (a mentor request learns of its answer).</summary>
public sealed record PostAdded(ThreadRef Thread, Post Post) : INotification;
