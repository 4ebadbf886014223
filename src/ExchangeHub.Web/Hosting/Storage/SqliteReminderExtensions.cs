namespace ExchangeHub.Web.Hosting.Storage;

/// <summary>Registers <see cref="SqliteReminderTable"/> as the silo's reminder table.</summary>
public static class SqliteReminderExtensions
{
    /// <summary>Turns Orleans reminders on and keeps them in the SQLite file under <see cref="SqliteGrainStorageOptions.DataPath"/>.</summary>
    public static ISiloBuilder UseSqliteReminderService(this ISiloBuilder builder, Action<SqliteGrainStorageOptions> configure)
    {
        var options = new SqliteGrainStorageOptions();
        configure(options);
        builder.AddReminders();
        builder.Services.AddSingleton<IReminderTable>(_ => new SqliteReminderTable(options));
        return builder;
    }
}
