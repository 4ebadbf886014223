namespace ExchangeHub.Core.Features.Threads;

/// <summary>How closely a person follows a thread, as in Discourse: muted hears nothing, watching hears every post.</summary>
[GenerateSerializer, Alias("ExchangeHub.FollowLevel")]
public enum FollowLevel
{
    Muted = 0,
    Normal = 1,
    Tracking = 2,
    Watching = 3,
}
