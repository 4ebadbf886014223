using ExchangeHub.Core.Common.Grains;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;

namespace ExchangeHub.Core.Tests.Support;

/// <summary>One in-process Orleans test cluster shared by the grain tests; each test uses grains of its own.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>().Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>The silo's default grain storage, for tests that read or write records as the grains store them.</summary>
    public IGrainStorage Storage => Assert.IsType<InProcessSiloHandle>(Cluster.Primary).SiloHost.Services
        .GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);

    public static RecordingLiveFeed Feed { get; } = new();

    /// <summary>The silo's clock; only tests of date rules move it, and only forward.</summary>
    public static ShiftableClock Clock { get; } = new();

    /// <summary>The mentor desk's clock, which tests move by hand; each reading moves it on a millisecond so times stay in order.</summary>
    public static FakeTimeProvider MentorClock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
    /// <summary>The sign-in lockout's clock, moved only by the lockout tests.</summary>
    public static FakeTimeProvider AccountClock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Where the search grain keeps its index; removed with the cluster.</summary>
    public static string SearchFolder { get; } = Path.Combine(Path.GetTempPath(), "exchangehub-core-tests", Guid.NewGuid().ToString("N"));

    public async ValueTask InitializeAsync() => await Cluster.DeployAsync();

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        if (Directory.Exists(SearchFolder))
        {
            Directory.Delete(SearchFolder, recursive: true);
        }
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        private const string MemoryStorage = "memory";

        public void Configure(ISiloBuilder siloBuilder) => siloBuilder
            .AddMemoryGrainStorage(MemoryStorage)
            .UseInMemoryReminderService()
            .AddIncomingGrainCallFilter<ReloadAfterFailedCall>()
            .AddIncomingGrainCallFilter<CallArrivals>()
            .ConfigureServices(services => services
                .AddGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
                    (provider, _) => new FaultyGrainStorage(provider.GetRequiredKeyedService<IGrainStorage>(MemoryStorage)))
                .AddSingleton<TimeProvider>(Clock)
                .AddSingleton<ILiveFeed>(Feed)
                .AddSingleton<EventLog>()
                .AddKeyedSingleton<TimeProvider>(MentorOptions.ClockKey, MentorClock)
                .AddKeyedSingleton<TimeProvider>(AccountOptions.ClockKey, AccountClock)
                .AddSingleton<SearchSources>()
                .Configure<SearchIndexOptions>(options => options.Folder = SearchFolder));
    }
}
