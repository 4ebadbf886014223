using ExchangeHub.Web.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ExchangeHub.Web.Tests.Hosting.Storage;

public static class TestStorage
{
    private static readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    public static async Task<SqliteGrainStorage> OpenAsync(string dataPath)
    {
        var storage = new SqliteGrainStorage(
            "test",
            new SqliteGrainStorageOptions { DataPath = dataPath },
            new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>()),
            _services.GetRequiredService<IActivatorProvider>(),
            TimeProvider.System,
            NullLogger<SqliteGrainStorage>.Instance);
        await storage.InitializeAsync(TestContext.Current.CancellationToken);
        return storage;
    }

    public static GrainId NewGrainId() => GrainId.Create("counter", Guid.NewGuid().ToString("N"));

    public static GrainState<CounterState> State(int count, string? etag = null) =>
        new(new CounterState { Count = count, Note = $"count {count}" }, etag);
}
