namespace ExchangeHub.Core.Features.Mentors;

/// <summary>What a mentor says about themselves: expertise (theme slugs), a Markdown bio, languages, duty and capacity.</summary>
[GenerateSerializer, Alias("ExchangeHub.MentorProfileFields")]
public sealed record MentorProfileFields(
    [property: Id(0)] IReadOnlyList<string> Expertise,
    [property: Id(1)] string Bio,
    [property: Id(2)] bool OnDuty,
    [property: Id(3)] IReadOnlyList<string>? Languages = null,
    [property: Id(4)] int? Capacity = null)
{
    public const int DefaultCapacity = 3;
    public const int MaxCapacity = 20;
}
