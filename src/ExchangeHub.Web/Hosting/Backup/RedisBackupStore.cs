using System.Runtime.CompilerServices;
using System.Text;
using ExchangeHub.Web.Hosting.Cluster;
using Orleans.Configuration;
using StackExchange.Redis;

namespace ExchangeHub.Web.Hosting.Backup;

/// <summary>
/// The cluster's Redis. Grain states are the hashes Orleans' Redis storage keeps at
/// "{ServiceId}/state/{grain type}/{grain key}/{state name}" with fields etag and data; reminders go through
/// Orleans' own Redis reminder table, so their format stays Orleans' business.
/// </summary>
public sealed class RedisBackupStore : IBackupStore
{
    private const int BatchSize = 500;

    private readonly ConnectionMultiplexer _redis;
    private readonly ServiceProvider _reminderServices;
    private readonly IReminderTable _reminders;
    private readonly string _statePrefix = $"{ClusterProfiles.ServiceId}/state/";
    private readonly List<Task> _pending = [];

    private RedisBackupStore(ConnectionMultiplexer redis, ServiceProvider reminderServices)
    {
        _redis = redis;
        _reminderServices = reminderServices;
        _reminders = reminderServices.GetRequiredService<IReminderTable>();
    }

    public string Description => $"redis {_redis.Configuration}";

    public static async Task<RedisBackupStore> OpenAsync(string connectionString, string clusterId)
    {
        var redis = await ConnectionMultiplexer.ConnectAsync(ConfigurationOptions.Parse(connectionString));
        var services = new ServiceCollection()
            .AddLogging()
            .Configure<ClusterOptions>(cluster =>
            {
                cluster.ServiceId = ClusterProfiles.ServiceId;
                cluster.ClusterId = clusterId;
            })
            .UseRedisReminderService(reminders => reminders.ConfigurationOptions = ConfigurationOptions.Parse(connectionString))
            .BuildServiceProvider();
        var store = new RedisBackupStore(redis, services);
        await store._reminders.StartAsync(CancellationToken.None);
        return store;
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in StateKeysAsync())
        {
            return false;
        }

        return (await _reminders.ReadRows(0, 0, cancellationToken)).Reminders.Count == 0;
    }

    public async IAsyncEnumerable<GrainStateRecord> ReadStatesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var database = _redis.GetDatabase();
        await foreach (var key in StateKeysAsync().WithCancellation(cancellationToken))
        {
            var data = await database.HashGetAsync(key, "data");
            if (data.HasValue && Parse(key) is { } id)
            {
                yield return new GrainStateRecord(id.GrainType, id.GrainId, id.StateName, (byte[])data!);
            }
        }
    }

    public async Task<IReadOnlyList<ReminderRecord>> ReadRemindersAsync(CancellationToken cancellationToken) =>
        BackupReminders.From(await _reminders.ReadRows(0, 0, cancellationToken));

    // Writes are pipelined in batches; the store was checked to be empty, so no key is overwritten.
    public async Task WriteStateAsync(GrainStateRecord record, CancellationToken cancellationToken)
    {
        RedisKey key = $"{_statePrefix}{record.GrainType}/{record.GrainId}/{record.StateName}";
        _pending.Add(_redis.GetDatabase().HashSetAsync(key, [new("etag", Guid.NewGuid().ToString("N")), new("data", record.Payload)]));
        if (_pending.Count >= BatchSize)
        {
            await CompleteAsync(cancellationToken);
        }
    }

    public Task WriteReminderAsync(ReminderRecord record, CancellationToken cancellationToken) =>
        _reminders.UpsertRow(BackupReminders.ToEntry(record), cancellationToken);

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(_pending);
        _pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _reminderServices.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private async IAsyncEnumerable<RedisKey> StateKeysAsync()
    {
        foreach (var server in _redis.GetServers().Where(server => !server.IsReplica))
        {
            await foreach (var key in server.KeysAsync(pattern: _statePrefix + "*", pageSize: 1000))
            {
                yield return key;
            }
        }
    }

    // Neither grain types nor state names hold a '/', so the key is whatever lies between the first and the last one.
    private (string GrainType, string GrainId, string StateName)? Parse(RedisKey key)
    {
        var text = Encoding.UTF8.GetString((byte[])key!)[_statePrefix.Length..];
        var first = text.IndexOf('/', StringComparison.Ordinal);
        var last = text.LastIndexOf('/');
        return first > 0 && last > first ? (text[..first], text[(first + 1)..last], text[(last + 1)..]) : null;
    }
}
