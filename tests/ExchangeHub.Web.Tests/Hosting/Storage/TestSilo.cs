using ExchangeHub.Tests.Shared;
using ExchangeHub.Web.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExchangeHub.Web.Tests.Hosting.Storage;

public sealed class TestSilo(IHost host) : IAsyncDisposable
{
    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<TestSilo> StartAsync(string dataPath)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var ports = FreePorts.Take(2);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(ports[0], ports[1], clusterId: Guid.NewGuid().ToString("N"))
            .AddSqliteGrainStorageAsDefault(options => options.DataPath = dataPath)
            .UseSqliteReminderService(options => options.DataPath = dataPath)
            .Configure<ReminderOptions>(reminders => reminders.MinimumReminderPeriod = TimeSpan.FromSeconds(1)));
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new TestSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync(CancellationToken.None);
        host.Dispose();
    }

}
