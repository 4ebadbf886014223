using System.Globalization;

namespace ExchangeHub.Web.Hosting.Backup;

internal static class BackupReminders
{
    public static IReadOnlyList<ReminderRecord> From(ReminderTableData data) =>
        data.Reminders
            .Select(entry => new ReminderRecord(entry.GrainId.ToString(), entry.ReminderName, entry.StartAt.ToUniversalTime(), entry.Period))
            .DistinctBy(record => (record.GrainId, record.Name))
            .OrderBy(record => record.GrainId, StringComparer.Ordinal).ThenBy(record => record.Name, StringComparer.Ordinal)
            .ToList();

    public static ReminderEntry ToEntry(ReminderRecord record) => new()
    {
        GrainId = GrainId.Parse(record.GrainId, CultureInfo.InvariantCulture),
        ReminderName = record.Name,
        StartAt = record.StartAt,
        Period = record.Period,
    };
}
