using ExchangeHub.Core.Features.Mentors;

namespace ExchangeHub.Web.Pages.Mentors;

/// <summary>The mentor profile form: languages are typed as one comma-separated line.</summary>
public sealed class MentorInput
{
    public List<string> Expertise { get; set; } = [];

    public string? Bio { get; set; }

    public bool OnDuty { get; set; }

    public string? Languages { get; set; }

    public int Capacity { get; set; } = MentorProfileFields.DefaultCapacity;

    public MentorProfileFields ToFields() => new(Expertise, Bio ?? "", OnDuty,
        (Languages ?? "").Split([',', '、', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Capacity);

    public static MentorInput From(MentorProfile profile) => new()
    {
        Expertise = [.. profile.Expertise],
        Bio = profile.Bio,
        OnDuty = profile.OnDuty,
        Languages = string.Join(", ", profile.Languages),
        Capacity = profile.Capacity,
    };
}
