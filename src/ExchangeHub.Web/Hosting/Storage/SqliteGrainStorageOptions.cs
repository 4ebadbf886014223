namespace ExchangeHub.Web.Hosting.Storage;

/// <summary>Options of the SQLite grain storage.</summary>
public sealed class SqliteGrainStorageOptions
{
    /// <summary>The database file's name inside <see cref="DataPath"/>.</summary>
    public const string DatabaseFileName = "exchangehub.db";

    /// <summary>Folder that holds the database file; created if missing.</summary>
    public string DataPath { get; set; } = string.Empty;

    /// <summary>Full path of the database file.</summary>
    public string DatabaseFile => Path.Combine(DataPath, DatabaseFileName);
}
