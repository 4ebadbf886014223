namespace ExchangeHub.Web.Hosting.Cluster;

/// <summary>The settings under "ExchangeHub:Cluster": one process on its own, or one node of many on Redis.</summary>
public sealed class ClusterSettings
{
    public const string Section = "ExchangeHub:Cluster";

    /// <summary>Where Orleans' membership options of this node are read from (probe timeouts and votes).</summary>
    public const string MembershipSection = Section + ":Membership";

    public ClusterMode Mode { get; set; } = ClusterMode.Embedded;

    /// <summary>The StackExchange.Redis connection string, e.g. "redis:6379"; required in <see cref="ClusterMode.Redis"/>.</summary>
    public string? Redis { get; set; }

    /// <summary>Take the silo's address and cluster identity from the pod (Orleans' Kubernetes hosting).</summary>
    public bool Kubernetes { get; set; }

    /// <summary>The connection string, or a clear error when Redis mode has none.</summary>
    public string RedisOrThrow() => string.IsNullOrWhiteSpace(Redis)
        ? throw new InvalidOperationException("ExchangeHub:Cluster:Mode is redis, so ExchangeHub:Cluster:Redis must hold a Redis connection string.")
        : Redis;
}

public enum ClusterMode
{
    /// <summary>One process: localhost clustering and the SQLite file for state and reminders.</summary>
    Embedded,

    /// <summary>Many processes: Orleans clustering, grain state and reminders in Redis, SignalR's Redis backplane.</summary>
    Redis,
}
