using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ExchangeHub.Web.Tests.Support;

/// <summary>
/// The whole hub on a real Kestrel port with its own silo ports and its own store folder, shared by the tests of this
/// assembly; every test works with people and labs of its own, so they can run in parallel.
/// </summary>
public sealed class HubServer : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "exchangehub-tests-" + Guid.NewGuid().ToString("N"));

    public HubServer()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The address that registers as this server's operator (see <see cref="MentorDesk.OperatorAsync"/>).</summary>
    public const string OperatorEmail = "desk-operator@example.jp";

    /// <summary>A second operator, kept to the authorisation matrix so that its sign-outs touch no other test.</summary>
    public const string MatrixOperatorEmail = "access-operator@example.jp";

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public string DataPath => _dataPath;

    /// <summary>A client with its own cookie jar, as one person's browser or script would have.</summary>
    public HttpClient NewClient() => NewClient(new CookieContainer());

    public HttpClient NewClient(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ExchangeHub:DataPath", _dataPath);
        builder.UseSetting("ExchangeHub:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ExchangeHub:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ExchangeHub:ClusterId", "test-" + Guid.NewGuid().ToString("N"));
        builder.UseSetting("ExchangeHub:SeedDemoData", "false");
        builder.UseSetting("ExchangeHub:Accounts:OperatorEmails:9", OperatorEmail);
        builder.UseSetting("ExchangeHub:Accounts:OperatorEmails:8", MatrixOperatorEmail);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}
