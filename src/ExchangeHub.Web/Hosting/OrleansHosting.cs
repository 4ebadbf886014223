using ExchangeHub.Web.Hosting.Storage;
using Orleans.Storage;

namespace ExchangeHub.Web.Hosting;

public static class OrleansHosting
{
    /// <summary>Co-hosts the silo in this process: localhost clustering and the embedded SQLite store.</summary>
    public static WebApplicationBuilder AddExchangeHubSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ExchangeHubOptions.Section).Get<ExchangeHubOptions>() ?? new();
        builder.Host.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: "exchangehub", clusterId: options.ClusterId);
            silo.AddSqliteGrainStorageAsDefault(storage => storage.DataPath = Path.GetFullPath(options.DataPath));

            // Mentor requests keep their deadlines with reminders; in memory until reminders have a persistent table.
            silo.UseInMemoryReminderService();

            // Store state in Orleans' own format, which follows the [Id] numbers that never change, rather than type names.
            silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        });
        return builder;
    }
}
