using System.Net;
using System.Net.Sockets;
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
        var (siloPort, gatewayPort) = FreePorts();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort, gatewayPort, clusterId: Guid.NewGuid().ToString("N"))
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

    // Both listeners stay open until both ports are read, so the two ports differ.
    private static (int Silo, int Gateway) FreePorts()
    {
        var silo = new TcpListener(IPAddress.Loopback, 0);
        var gateway = new TcpListener(IPAddress.Loopback, 0);
        silo.Start();
        gateway.Start();
        var ports = (((IPEndPoint)silo.LocalEndpoint).Port, ((IPEndPoint)gateway.LocalEndpoint).Port);
        silo.Stop();
        gateway.Stop();
        return ports;
    }
}
