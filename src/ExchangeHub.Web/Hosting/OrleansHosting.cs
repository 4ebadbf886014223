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
            silo.AddMemoryGrainStorageAsDefault();
        });
        return builder;
    }
}
