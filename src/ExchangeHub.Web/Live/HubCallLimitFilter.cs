using ExchangeHub.Core.Common.Text;
using ExchangeHub.Web.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Web.Live;

/// <summary>
/// A token bucket per connection for hub method calls. A call over the limit fails with a <see cref="HubException"/>
/// that says how long to wait; the connection stays open and its calls succeed again once tokens come back.
/// </summary>
public sealed class HubCallLimitFilter(IOptions<RateLimitOptions> options, [FromKeyedServices(RateLimitOptions.ClockKey)] TimeProvider clock)
    : IHubFilter
{
    private static readonly object _bucketKey = new();

    public ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var items = invocationContext.Context.Items;
        if (items.TryGetValue(_bucketKey, out var found) is false || found is not CallBucket bucket)
        {
            bucket = new CallBucket(options.Value.HubCallBurst, options.Value.HubCallsPerSecond, clock.GetUtcNow());
            items[_bucketKey] = bucket;
        }

        if (bucket.Take(clock.GetUtcNow()) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            throw new HubException(Say.Text(
                $"呼び出しが多すぎます。{seconds}秒待ってから、もう一度試してください。",
                $"Too many calls on this connection. Wait {seconds} s, then try again."));
        }

        return next(invocationContext);
    }

    private sealed class CallBucket(int burst, int perSecond, DateTimeOffset now)
    {
        private readonly Lock _gate = new();
        private double _tokens = burst;
        private DateTimeOffset _at = now;

        /// <summary>Null when the call may go ahead; otherwise how long until a token comes back.</summary>
        public TimeSpan? Take(DateTimeOffset now)
        {
            lock (_gate)
            {
                var rate = Math.Max(1, perSecond);
                _tokens = Math.Min(burst, _tokens + (Math.Max(0, (now - _at).TotalSeconds) * rate));
                _at = now;
                if (_tokens >= 1)
                {
                    _tokens--;
                    return null;
                }

                return TimeSpan.FromSeconds((1 - _tokens) / rate);
            }
        }
    }
}
