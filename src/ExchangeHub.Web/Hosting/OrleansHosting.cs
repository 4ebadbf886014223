using ExchangeHub.Core.Common.Grains;
using ExchangeHub.Web.Hosting.Cluster;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Storage;

namespace ExchangeHub.Web.Hosting;

public static class OrleansHosting
{
    /// <summary>Co-hosts the silo in this process, in the profile that ExchangeHub:Cluster:Mode names (embedded by default).</summary>
    public static WebApplicationBuilder AddExchangeHubSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ExchangeHubOptions.Section).Get<ExchangeHubOptions>() ?? new();
        builder.Host.UseOrleans(silo =>
        {
            if (options.Cluster.Mode == ClusterMode.Redis)
            {
                silo.UseRedisProfile(options);
            }
            else
            {
                silo.UseEmbeddedProfile(options);
            }

            // Store state in Orleans' own format, which follows the [Id] numbers that never change, rather than type names.
            silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
            silo.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection(ClusterSettings.MembershipSection));
            silo.AddActivityPropagation();
            silo.AddIncomingGrainCallFilter<ReloadAfterFailedCall>();
            silo.AddDashboard();
        });
        if (options.Cluster.Mode == ClusterMode.Redis)
        {
            builder.Services.AddRedisWebServices(options);
        }

        return builder;
    }
}
