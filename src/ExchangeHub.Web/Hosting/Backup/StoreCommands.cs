using System.Text.Json;
using ExchangeHub.Web.Hosting.Cluster;

namespace ExchangeHub.Web.Hosting.Backup;

/// <summary>
/// <c>export &lt;file&gt;</c> writes the whole store this configuration names to JSON lines; <c>import &lt;file&gt;</c> reads such a
/// file into an empty store of either kind. Any further arguments are the hub's usual settings
/// (e.g. <c>--ExchangeHub:Cluster:Mode redis</c>).
/// </summary>
public static class StoreCommands
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerOptions.Web);

    public static bool IsStoreCommand(string[] args) => args is ["export" or "import", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync("Usage: ExchangeHub.Web export <file> | import <file> [settings]");
            return 2;
        }

        var settings = WebApplication.CreateBuilder(args[2..]).Configuration;
        var options = settings.GetSection(ExchangeHubOptions.Section).Get<ExchangeHubOptions>() ?? new();
        await using var store = await OpenAsync(options);
        return args[0] == "export" ? await ExportAsync(store, args[1]) : await ImportAsync(store, args[1]);
    }

    public static async Task<IBackupStore> OpenAsync(ExchangeHubOptions options) => options.Cluster.Mode == ClusterMode.Redis
        ? await RedisBackupStore.OpenAsync(options.Cluster.RedisOrThrow(), options.ClusterId)
        : await SqliteBackupStore.OpenAsync(options.DataPath, CancellationToken.None);

    public static async Task<int> ExportAsync(IBackupStore store, string file)
    {
        var (states, reminders) = (0, 0);
        await using (var writer = new StreamWriter(file, append: false))
        {
            await WriteLineAsync(writer, new BackupHeader(BackupHeader.FormatName, BackupHeader.CurrentVersion, DateTimeOffset.UtcNow, store.Description));
            await foreach (var state in store.ReadStatesAsync(CancellationToken.None))
            {
                await WriteLineAsync(writer, state);
                states++;
            }

            foreach (var reminder in await store.ReadRemindersAsync(CancellationToken.None))
            {
                await WriteLineAsync(writer, reminder);
                reminders++;
            }
        }

        Console.WriteLine($"Exported {states} grain states and {reminders} reminders from {store.Description} to {file}.");
        return 0;
    }

    public static async Task<int> ImportAsync(IBackupStore store, string file)
    {
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"{file} does not exist.");
            return 2;
        }

        if (!await store.IsEmptyAsync(CancellationToken.None))
        {
            await Console.Error.WriteLineAsync($"{store.Description} is not empty; import only into an empty store. Nothing was changed.");
            return 3;
        }

        var (states, reminders) = (0, 0);
        using var reader = new StreamReader(file);
        if (await ReadLineAsync(reader) is not BackupHeader { Format: BackupHeader.FormatName, Version: BackupHeader.CurrentVersion })
        {
            await Console.Error.WriteLineAsync($"{file} is not an ExchangeHub backup of version {BackupHeader.CurrentVersion}. Nothing was changed.");
            return 2;
        }

        while (await ReadLineAsync(reader) is { } line)
        {
            if (line is GrainStateRecord state)
            {
                await store.WriteStateAsync(state, CancellationToken.None);
                states++;
            }
            else if (line is ReminderRecord reminder)
            {
                await store.WriteReminderAsync(reminder, CancellationToken.None);
                reminders++;
            }
        }

        await store.CompleteAsync(CancellationToken.None);
        Console.WriteLine($"Imported {states} grain states and {reminders} reminders from {file} into {store.Description}.");
        return 0;
    }

    private static Task WriteLineAsync(StreamWriter writer, BackupLine line) => writer.WriteLineAsync(JsonSerializer.Serialize(line, _json));

    private static async Task<BackupLine?> ReadLineAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                return JsonSerializer.Deserialize<BackupLine>(text, _json);
            }
        }

        return null;
    }
}
