using System.Collections.Concurrent;
using System.Security.Claims;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Metrics;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.SignalR;

namespace ExchangeHub.Web.Live;

/// <summary>
/// The one hub, at /hubs/exchange. A client subscribes to a stream with the last seq it has seen; the answer holds every
/// event after it, and new ones follow as <see cref="IExchangeClient.Event"/>. An event can arrive both ways around the
/// moment of joining, so clients drop any seq they already have. Thread streams also carry presence and typing signals.
/// </summary>
public sealed class ExchangeHub(IMediator mediator, IGrainFactory grains, HubMetrics metrics) : Hub<IExchangeClient>
{
    public const string Path = "/hubs/exchange";

    public async Task<IReadOnlyList<LiveEventMessage>> Subscribe(string stream, long afterSeq)
    {
        // Authorise before joining the group, so a refused caller never receives a single push.
        var allowed = await mediator.Send(new CanSeeStreamQuery(stream));
        if (!allowed.IsSuccess)
        {
            throw new HubException(allowed.Problem.Detail);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, stream);
        var missed = await mediator.Send(new SubscribeToStreamQuery(stream, afterSeq));
        if (!missed.IsSuccess)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, stream);
            throw new HubException(missed.Problem.Detail);
        }

        Streams.TryAdd(stream, 0);
        if (Viewer() is { } viewer)
        {
            // Remember subscriptions inside a space, so that losing access to the space can end them at once.
            if (await SpaceOfAsync(stream) is { } space)
            {
                await grains.GetGrain<IUserSubscriptionsGrain>(viewer.UserId).AddAsync(new Subscription(Context.ConnectionId, stream, space));
            }

            if (ThreadIdOf(stream) is { } threadId)
            {
                var viewers = await grains.GetGrain<IThreadPresenceGrain>(threadId).JoinAsync(Context.ConnectionId, viewer);
                await Clients.Group(stream).Signal(new LiveSignal(stream, "presence", new { viewers }));
            }
        }

        return missed.ValueOrThrow().Select(LiveEventMessage.From).ToList();
    }

    public async Task Unsubscribe(string stream)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, stream);
        if (Streams.TryRemove(stream, out _))
        {
            await LeaveAsync(stream);
        }
    }

    /// <summary>Tells the others viewing a thread that the caller is typing; only for a thread the caller subscribed to.</summary>
    public async Task Typing(string threadId)
    {
        var stream = StreamNames.Thread(threadId);
        if (Streams.ContainsKey(stream) && Viewer() is { } viewer)
        {
            await Clients.OthersInGroup(stream).Signal(new LiveSignal(stream, "typing", viewer));
        }
    }

    public override Task OnConnectedAsync()
    {
        metrics.ClientConnected();
        return base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        metrics.ClientDisconnected();
        foreach (var stream in Streams.Keys)
        {
            await LeaveAsync(stream);
        }

        await base.OnDisconnectedAsync(exception);
    }

    // The streams this connection subscribed to, kept with the connection so that leaving can clear presence.
    private ConcurrentDictionary<string, byte> Streams
    {
        get
        {
            if (Context.Items.TryGetValue(nameof(Streams), out var existing) && existing is ConcurrentDictionary<string, byte> streams)
            {
                return streams;
            }

            var created = new ConcurrentDictionary<string, byte>();
            Context.Items[nameof(Streams)] = created;
            return created;
        }
    }

    private async Task LeaveAsync(string stream)
    {
        if (Viewer() is not { } viewer)
        {
            return;
        }

        await grains.GetGrain<IUserSubscriptionsGrain>(viewer.UserId).RemoveAsync(Context.ConnectionId, stream);
        if (ThreadIdOf(stream) is { } threadId)
        {
            var viewers = await grains.GetGrain<IThreadPresenceGrain>(threadId).LeaveAsync(Context.ConnectionId);
            await Clients.Group(stream).Signal(new LiveSignal(stream, "presence", new { viewers }));
        }
    }

    private Viewer? Viewer() =>
        Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? new Viewer(userId, Context.User.FindFirstValue(ClaimTypes.Name) ?? "")
            : null;

    private async Task<string?> SpaceOfAsync(string stream)
    {
        if (ThreadIdOf(stream) is { } threadId)
        {
            return (await grains.GetGrain<ITopicThreadGrain>(threadId).GetAsync())?.Space;
        }

        if (stream.StartsWith(StreamNames.ConsortiumPrefix, StringComparison.Ordinal))
        {
            return Spaces.Consortium(stream[StreamNames.ConsortiumPrefix.Length..]);
        }

        if (stream.StartsWith(StreamNames.MentorRequestPrefix, StringComparison.Ordinal))
        {
            return Spaces.MentorRequest(stream[StreamNames.MentorRequestPrefix.Length..]);
        }

        // An application's key names its owner's space: "consortium:{id}" or "lab:{id}".
        return stream.StartsWith(StreamNames.ApplicationPrefix, StringComparison.Ordinal) ? stream[StreamNames.ApplicationPrefix.Length..] : null;
    }

    private static string? ThreadIdOf(string stream) =>
        stream.StartsWith(StreamNames.ThreadPrefix, StringComparison.Ordinal) ? stream[StreamNames.ThreadPrefix.Length..] : null;
}
