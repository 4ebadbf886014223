using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Live;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ExchangeHub.Core.Tests.Support;

/// <summary>A test cluster of its own whose silo reads the time from <see cref="Clock"/>, for rules that turn on dates.</summary>
public sealed class ClockedClusterFixture : IAsyncLifetime
{
    public static ManualClock Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero));

    public TestCluster Cluster { get; } = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>().Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async ValueTask InitializeAsync() => await Cluster.DeployAsync();

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder
            .AddMemoryGrainStorageAsDefault()
            .UseInMemoryReminderService()
            .ConfigureServices(services => services
                .AddSingleton<TimeProvider>(Clock)
                .AddSingleton<ILiveFeed>(new RecordingLiveFeed())
                .AddSingleton<EventLog>());
    }
}
