using System.Globalization;
using ExchangeHub.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ExchangeHub.Web.Tests.Browser;

/// <summary>
/// The whole app on a real Kestrel server, so a browser can reach it: its own free ports for HTTP and the co-hosted
/// silo, its own cluster id, and a temporary data folder that is deleted with the factory.
/// </summary>
public sealed class KestrelAppFactory : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "exchangehub-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The address that registers as the programme office's operator on this app.</summary>
    public const string OperatorEmail = "programme-office@example.jp";

    public KestrelAppFactory() => UseKestrel(0);

    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataPath);
        builder.UseSetting("ExchangeHub:SiloPort", FreePort());
        builder.UseSetting("ExchangeHub:GatewayPort", FreePort());
        builder.UseSetting("ExchangeHub:DataPath", _dataPath);
        builder.UseSetting("ExchangeHub:ClusterId", $"browser-{Guid.NewGuid():N}");
        builder.UseSetting("ExchangeHub:Accounts:OperatorEmails:0", OperatorEmail);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    private static string FreePort() => FreePorts.Take().ToString(CultureInfo.InvariantCulture);
}
