using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ExchangeHub.Web.Hosting.Storage;

/// <summary>Registers <see cref="SqliteGrainStorage"/> with a silo.</summary>
public static class SqliteStorageExtensions
{
    /// <summary>Uses SQLite grain storage for every grain state that names no storage.</summary>
    public static ISiloBuilder AddSqliteGrainStorageAsDefault(this ISiloBuilder builder, Action<SqliteGrainStorageOptions> configure) =>
        builder.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    /// <summary>Adds SQLite grain storage under <paramref name="name"/>, the name a grain's state asks for.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure) =>
        builder.ConfigureServices(services =>
        {
            services.AddOptions<SqliteGrainStorageOptions>(name)
                .Configure(configure)
                .Validate(options => !string.IsNullOrWhiteSpace(options.DataPath), $"Grain storage {name} needs a DataPath.");
            services.AddGrainStorage(name, Create);
        });

    private static SqliteGrainStorage Create(IServiceProvider services, string name) =>
        new(
            name,
            services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(name),
            services.GetRequiredService<IGrainStorageSerializer>(),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            services.GetRequiredService<ILogger<SqliteGrainStorage>>());
}
