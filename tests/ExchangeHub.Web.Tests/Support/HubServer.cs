using System.Net;
using ExchangeHub.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ExchangeHub.Web.Tests.Support;

/// <summary>
/// The whole hub on a real Kestrel port with its own silo ports and its own store folder, shared by the tests of this
/// assembly; every test works with people and labs of its own, so they can run in parallel. Sign-ups all come from
/// loopback and some tests post hundreds of times as one person, so this server lifts the sign-up and write limits;
/// <see cref="LimitedHubServer"/> tests the limits themselves.
/// </summary>
public class HubServer : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "exchangehub-tests-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string _environment;

    public HubServer()
        : this(new Dictionary<string, string>
        {
            ["ExchangeHub:RateLimits:SignUpsPerAddress"] = "1000000",
            ["ExchangeHub:RateLimits:WriteBurst"] = "1000000",
        })
    {
    }

    protected HubServer(IReadOnlyDictionary<string, string> settings, string environment = "Development")
    {
        _settings = settings;
        _environment = environment;
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
        builder.UseEnvironment(_environment);
        builder.UseSetting("ExchangeHub:DataPath", _dataPath);
        builder.UseSetting("ExchangeHub:SiloPort", FreePorts.Take().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ExchangeHub:GatewayPort", FreePorts.Take().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ExchangeHub:ClusterId", "test-" + Guid.NewGuid().ToString("N"));
        builder.UseSetting("ExchangeHub:SeedDemoData", "false");
        builder.UseSetting("ExchangeHub:Accounts:OperatorEmails:9", OperatorEmail);
        builder.UseSetting("ExchangeHub:Accounts:OperatorEmails:8", MatrixOperatorEmail);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
