namespace ExchangeHub.Core.Features.Mentors;

/// <summary>The settings under "ExchangeHub:Mentors".</summary>
public sealed class MentorOptions
{
    public const string Section = "ExchangeHub:Mentors";

    /// <summary>
    /// The key of the clock the mentor desk reads "now" from. It is its own service so that tests can move the desk's
    /// time without moving the silo's, which runs its own timers on the default clock.
    /// </summary>
    public const string ClockKey = "mentors";

    /// <summary>How long a claimed request may wait for the mentor's first answer before it goes back to the queue.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a request may wait unclaimed before it expires.</summary>
    public TimeSpan RequestLifetime { get; set; } = TimeSpan.FromDays(7);
}
