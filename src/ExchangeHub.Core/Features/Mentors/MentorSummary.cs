namespace ExchangeHub.Core.Features.Mentors;

/// <summary>A mentor as the directory lists them and as routing reads them.</summary>
[GenerateSerializer, Alias("ExchangeHub.MentorSummary")]
public sealed record MentorSummary(
    [property: Id(0)] string UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<string> Expertise,
    [property: Id(3)] IReadOnlyList<string> Languages,
    [property: Id(4)] bool OnDuty,
    [property: Id(5)] int Capacity,
    [property: Id(6)] int ActiveCount,
    [property: Id(7)] MentorStats Stats)
{
    public bool HasRoom => ActiveCount < Capacity;

    public static MentorSummary From(MentorProfile profile) => new(profile.UserId, profile.DisplayName, profile.Expertise,
        profile.Languages, profile.OnDuty, profile.Capacity, profile.ActiveRequestIds.Count, profile.Stats);
}
