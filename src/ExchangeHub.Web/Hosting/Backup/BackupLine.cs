using System.Text.Json.Serialization;

namespace ExchangeHub.Web.Hosting.Backup;

/// <summary>One line of a backup file: JSON with a "kind" of header, state or reminder.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(BackupHeader), "header")]
[JsonDerivedType(typeof(GrainStateRecord), "state")]
[JsonDerivedType(typeof(ReminderRecord), "reminder")]
public abstract record BackupLine;

/// <summary>The first line: what wrote the file and from which kind of store.</summary>
public sealed record BackupHeader(string Format, int Version, DateTimeOffset ExportedAt, string Source) : BackupLine
{
    public const string FormatName = "exchangehub-backup";
    public const int CurrentVersion = 1;
}

/// <summary>
/// One grain state as the store holds it: Orleans' binary serialization of the state (base64 in the file), which follows
/// the [Id] numbers and so reads back the same in any store. The ETag is not kept; the target store makes a new one.
/// </summary>
public sealed record GrainStateRecord(string GrainType, string GrainId, string StateName, byte[] Payload) : BackupLine;

/// <summary>One Orleans reminder; <see cref="GrainId"/> is the full "type/key" form.</summary>
public sealed record ReminderRecord(string GrainId, string Name, DateTime StartAt, TimeSpan Period) : BackupLine;
