using System.Xml.Linq;
using ExchangeHub.Core.Features.Mentors;

namespace ExchangeHub.Web.Tests.Localization;

/// <summary>The mentor pages build keys from statuses, urgencies and timeline steps; each must exist in both languages.</summary>
public sealed class MentorResourceTests
{
    private static readonly string[] _statuses =
    [
        MentorRequestStatus.Open, MentorRequestStatus.Offered, MentorRequestStatus.Claimed, MentorRequestStatus.Answered,
        MentorRequestStatus.Resolved, MentorRequestStatus.Expired, MentorRequestStatus.Cancelled,
    ];

    private static readonly string[] _eventTypes =
    [
        MentorRequestEventTypes.Opened, MentorRequestEventTypes.Offered, MentorRequestEventTypes.Seen, MentorRequestEventTypes.Claimed,
        MentorRequestEventTypes.Answered, MentorRequestEventTypes.Requeued, MentorRequestEventTypes.Resolved,
        MentorRequestEventTypes.Cancelled, MentorRequestEventTypes.Expired,
    ];

    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void Resources_KeysBuiltFromMentorNames_Exist(string file)
    {
        var keys = XDocument.Load(Path.Combine(WebProject(), "Resources", file)).Root?.Elements("data")
            .Select(data => (string?)data.Attribute("name") ?? "").ToHashSet(StringComparer.Ordinal) ?? [];
        IEnumerable<string> built =
        [
            .. _statuses.Select(status => $"MentorStatus.{status}"),
            .. MentorUrgency.All.Select(urgency => $"Urgency.{urgency}"),
            .. _eventTypes.Select(type => $"Timeline.{type["mentorrequest.".Length..]}"),
        ];

        Assert.DoesNotContain(built, key => !keys.Contains(key));
    }

    private static string WebProject()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "ExchangeHub.Web");
            if (File.Exists(Path.Combine(candidate, "ExchangeHub.Web.csproj")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/ExchangeHub.Web was not found above the test output folder.");
    }
}
