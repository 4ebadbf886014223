using System.Net;
using ExchangeHub.Web.Hosting.Storage;
using Microsoft.AspNetCore.DataProtection;
using Orleans.Configuration;
using StackExchange.Redis;

namespace ExchangeHub.Web.Hosting.Cluster;

/// <summary>The two ways a node runs: embedded (one process, one SQLite file) or redis (one node of a cluster).</summary>
public static class ClusterProfiles
{
    /// <summary>Orleans' service id; storage keys in Redis start with it, so it never changes between releases.</summary>
    public const string ServiceId = "exchangehub";

    public static ISiloBuilder UseEmbeddedProfile(this ISiloBuilder silo, ExchangeHubOptions options)
    {
        var dataPath = Path.GetFullPath(options.DataPath);
        silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: ServiceId, clusterId: options.ClusterId);
        silo.AddSqliteGrainStorageAsDefault(storage => storage.DataPath = dataPath);
        silo.UseSqliteReminderService(storage => storage.DataPath = dataPath);
        return silo;
    }

    public static ISiloBuilder UseRedisProfile(this ISiloBuilder silo, ExchangeHubOptions options)
    {
        var redis = options.Cluster.RedisOrThrow();
        if (options.Cluster.Kubernetes)
        {
            // Address, ports and cluster identity come from the pod's environment (see deploy/kubernetes).
            silo.UseKubernetesHosting();
        }
        else
        {
            var advertised = IPAddress.Parse(options.AdvertisedIPAddress);
            silo.ConfigureEndpoints(advertised, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = ServiceId;
            });
        }

        // A grain starts on the node whose request first needs it: a thread, its pages and its author then live where
        // the thread is used, and a post does not cross to other nodes for each of them, as random placement would make it.
        silo.Services.AddSingleton<PlacementStrategy, PreferLocalPlacement>();
        silo.UseRedisClustering(clustering => clustering.ConfigurationOptions = RedisConfiguration(redis));
        silo.AddRedisGrainStorageAsDefault(storage => storage.ConfigurationOptions = RedisConfiguration(redis));
        silo.AddReminders();
        silo.UseRedisReminderService(reminders => reminders.ConfigurationOptions = RedisConfiguration(redis));
        return silo;
    }

    /// <summary>
    /// SignalR's Redis backplane, so a push made on one node reaches clients connected to every other, and one key ring
    /// for cookies and antiforgery tokens, so a person signed in through one node is signed in on all.
    /// </summary>
    public static IServiceCollection AddRedisWebServices(this IServiceCollection services, ExchangeHubOptions options)
    {
        var redis = options.Cluster.RedisOrThrow();
        var keyStore = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(RedisConfiguration(redis)));
        services.AddDataProtection()
            .SetApplicationName(ServiceId)
            .PersistKeysToStackExchangeRedis(() => keyStore.Value.GetDatabase(), $"{ServiceId}/data-protection-keys");
        services.AddSignalR().AddStackExchangeRedis(backplane =>
        {
            backplane.Configuration = RedisConfiguration(redis);
            backplane.Configuration.ChannelPrefix = RedisChannel.Literal($"{ServiceId}/{options.ClusterId}/signalr");
        });
        return services;
    }

    // Nodes keep retrying a Redis that is down rather than failing for good; requests meanwhile get 503.
    public static ConfigurationOptions RedisConfiguration(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        return configuration;
    }
}
