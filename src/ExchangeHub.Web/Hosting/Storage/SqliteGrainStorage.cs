using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ExchangeHub.Web.Hosting.Storage;

/// <summary>Grain storage over one SQLite file: WAL, synchronous writes, ETag checks.</summary>
public sealed class SqliteGrainStorage(
    string name,
    SqliteGrainStorageOptions options,
    IGrainStorageSerializer serializer,
    IActivatorProvider activatorProvider,
    TimeProvider timeProvider,
    ILogger<SqliteGrainStorage> logger)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly SqliteGrainStateTable _table = new(options.DatabaseFile);

    /// <summary>Creates the folder, the database file and its table if missing.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _table.CreateAsync(cancellationToken);
        logger.LogInformation("Grain storage {StorageName} uses {DatabaseFile}", name, options.DatabaseFile);
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<SqliteGrainStorage>(name), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = GrainStateKey.From(stateName, grainId);
        var stored = await _table.ReadAsync(key, cancellationToken);
        if (stored?.StateType is { } storedType && storedType != StateType<T>.Name)
        {
            // The serializer matches fields by number, so a row of another type would load as a wrong but plausible state.
            logger.LogError("Grain storage {StorageName} refused {Key}: the row holds {StoredType}, the grain expects {ExpectedType}",
                name, key, storedType, StateType<T>.Name);
            throw new StoredStateTypeException(
                $"Grain storage {name} refused to load {key}: the row holds {storedType}, but the grain expects {StateType<T>.Name}.");
        }

        grainState.State = stored is null ? NewState<T>() : serializer.Deserialize<T>(BinaryData.FromBytes(stored.Payload)) ?? NewState<T>();
        grainState.ETag = stored?.ETag;
        grainState.RecordExists = stored is not null;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = GrainStateKey.From(stateName, grainId);
        var next = new StoredGrainState(Guid.NewGuid().ToString("N"), serializer.Serialize(grainState.State).ToArray(), StateType<T>.Name);
        var now = timeProvider.GetUtcNow();
        var written = grainState.ETag is { } expected
            ? await _table.UpdateAsync(key, expected, next, now, cancellationToken)
            : await _table.InsertAsync(key, next, now, cancellationToken);
        if (!written)
        {
            throw await ConflictAsync("write", key, grainState.ETag, cancellationToken);
        }

        grainState.ETag = next.ETag;
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = GrainStateKey.From(stateName, grainId);
        var cleared = grainState.ETag is { } expected
            ? await _table.DeleteAsync(key, expected, cancellationToken)
            : await _table.ReadETagAsync(key, cancellationToken) is null;
        if (!cleared)
        {
            throw await ConflictAsync("clear", key, grainState.ETag, cancellationToken);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = NewState<T>();
    }

    public void Dispose() => _table.ClosePooledConnections();

    private T NewState<T>() => activatorProvider.GetActivator<T>().Create();

    // Only the failure path reads the stored ETag again, so a successful write stays one statement.
    private async Task<InconsistentStateException> ConflictAsync(
        string operation, GrainStateKey key, string? currentETag, CancellationToken cancellationToken)
    {
        var storedETag = await _table.ReadETagAsync(key, cancellationToken);
        var stored = storedETag ?? "no record";
        var current = currentETag ?? "none";
        return new InconsistentStateException(
            $"Grain storage {name} refused to {operation} {key}: stored ETag is {stored}, caller's ETag is {current}.",
            storedETag ?? string.Empty,
            currentETag ?? string.Empty);
    }

    // The Orleans alias names a state type across renames; a type without one is named in full. Looked up once per type.
    private static class StateType<T>
    {
        public static readonly string Name =
            typeof(T).GetCustomAttributes(typeof(AliasAttribute), inherit: false) is [AliasAttribute alias, ..] ? alias.Alias : typeof(T).FullName ?? typeof(T).Name;
    }
}
