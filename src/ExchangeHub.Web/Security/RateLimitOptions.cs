namespace ExchangeHub.Web.Security;

/// <summary>
/// The limits under "ExchangeHub:RateLimits". The defaults leave room for a whole workshop signing up from one office
/// network and for the busiest real discussion, while a script that floods gets 429 within seconds.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "ExchangeHub:RateLimits";

    /// <summary>The keyed <see cref="TimeProvider"/> that hub call limits read; tests replace it to move time.</summary>
    public const string ClockKey = "ExchangeHub.RateLimits.Clock";

    /// <summary>Accounts one client address may create within <see cref="SignUpWindow"/>.</summary>
    public int SignUpsPerAddress { get; set; } = 30;

    public TimeSpan SignUpWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Changes (posts, case studies, mentor requests, every other write) one person may make at once.</summary>
    public int WriteBurst { get; set; } = 120;

    /// <summary>Changes per minute that come back to a person after a burst.</summary>
    public int WritesPerMinute { get; set; } = 60;

    /// <summary>Searches per person (or per client address when signed out) within one minute.</summary>
    public int SearchesPerMinute { get; set; } = 120;

    /// <summary>Hub method calls one connection may make at once.</summary>
    public int HubCallBurst { get; set; } = 100;

    /// <summary>Hub method calls per second that come back to a connection after a burst.</summary>
    public int HubCallsPerSecond { get; set; } = 10;

    /// <summary>Largest message a client may send to the hub; its methods take a stream name and a number.</summary>
    public long HubMessageBytes { get; set; } = 32 * 1024;
}
