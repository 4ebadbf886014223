using System.Text.RegularExpressions;
using System.Xml.Linq;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Applications;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Notifications;
using ExchangeHub.Core.Features.Partners;
using ExchangeHub.Core.Features.Search;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Web.Tests.Localization;

public sealed partial class ResourceTests
{
    internal static readonly string WebProject = FindWebProject();
    private static readonly string[] _programmes = [Programmes.Dx, Programmes.Iot];
    private static readonly string[] _labRoles = [LabRoles.Admin, LabRoles.Member];
    private static readonly string[] _errorKinds = ["NotFound", "Forbidden", "TooMany", "BadRequest", "Server"];
    private static readonly string[] _notificationKinds = [NotificationKinds.Mention, NotificationKinds.Reply, NotificationKinds.Watching];
    private static readonly string[] _memberStates = [MemberStates.Invited, MemberStates.Joined, MemberStates.Declined, MemberStates.Left];
    private static readonly string[] _applicationKinds = ["consortium", "transition-plan"];
    private static readonly string[] _consortiumEvents =
    [
        ConsortiumEventTypes.Invited, ConsortiumEventTypes.Joined, ConsortiumEventTypes.Declined, ConsortiumEventTypes.Left,
        ConsortiumEventTypes.LeadChanged, ConsortiumEventTypes.StatusChanged, ConsortiumEventTypes.Updated, ConsortiumEventTypes.DeadlineNear,
    ];

    [Fact]
    public void Resources_JapaneseAndEnglish_HaveTheSameKeys()
    {
        var japanese = Load("SharedResource.resx");
        var english = Load("SharedResource.en.resx");

        Assert.Empty(japanese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(japanese.Keys));
    }

    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void Resources_EveryValue_IsNotEmpty(string file)
    {
        var texts = Load(file);

        var empty = texts.Where(pair => string.IsNullOrWhiteSpace(pair.Value)).Select(pair => pair.Key).ToList();
        Assert.Empty(empty);
    }

    [Fact]
    public void Pages_EveryLiteralKey_ExistsInResources()
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(Path.Combine(WebProject, "Pages"), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cshtml", StringComparison.Ordinal) || path.EndsWith(".cs", StringComparison.Ordinal));

        var used = sources.SelectMany(path => LiteralKey().Matches(File.ReadAllText(path)).Select(match => match.Groups["key"].Value));

        var missing = used.Distinct().Where(key => !keys.Contains(key)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Resources_KeysBuiltFromNames_Exist()
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> built =
        [
            .. Enum.GetNames<ProblemKind>().Select(kind => $"Problem.{kind}"),
            .. _programmes.Select(programme => $"Programme.{programme}"),
            .. _labRoles.Select(role => $"Role.{role}"),
            .. _errorKinds.SelectMany(kind => (string[])[$"Error.{kind}.Title", $"Error.{kind}.Text"]),
            .. Enum.GetNames<FollowLevel>().Select(level => level.ToLowerInvariant())
                .SelectMany(level => (string[])[$"Follow.{level}", $"Follow.{level}.Hint"]),
            .. _notificationKinds.Select(kind => $"Notification.{kind}"),
            .. ConsortiumStatus.All.Select(status => $"Status.{status}"),
            .. _memberStates.Select(state => $"MemberState.{state}"),
            .. _consortiumEvents.Select(type => $"Consortium.Announce.{type["consortium.".Length..]}"),
            .. ApplicationSections.All.SelectMany(section => (string[])[$"Section.{section}", $"Section.{section}.Hint"]),
            .. _applicationKinds.SelectMany(kind => (string[])[$"Application.Heading.{kind}", $"Application.Lead.{kind}", $"Application.Kind.{kind}"]),
            .. PartnershipNotices.Kinds.Select(kind => $"Notification.{kind}"),
            .. SearchTypes.All.Select(type => $"Search.Type.{type}"),
            .. new[] { PartnershipStatus.Pending, PartnershipStatus.Accepted, PartnershipStatus.Declined }.Select(status => $"Partners.Status.{status}"),
            .. new[] { ActivityKinds.CaseStudyPublished, ActivityKinds.ConsortiumFormed, ActivityKinds.MentorRequestAnswered, ActivityKinds.LabApproved }
                .Select(kind => $"Activity.{kind}"),
            .. new[] { LabStatuses.Pending, LabStatuses.Approved }.Select(status => $"Lab.Status.{status}"),
        ];

        var missing = built.Where(key => !keys.Contains(key)).ToList();
        Assert.Empty(missing);
    }

    internal static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(WebProject, "Resources", file)).Root?.Elements("data")
            .ToDictionary(data => (string?)data.Attribute("name") ?? "", data => (string?)data.Element("value") ?? "")
        ?? [];

    private static string FindWebProject()
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

    // T["Key"] and text["Key"] with a literal key, and the flash keys that pages keep in TempData.
    [GeneratedRegex(""""(?:\bT|\btext)\["(?<key>[^"{}]+)"|"(?<key>Flash\.[A-Za-z]+)"""")]
    private static partial Regex LiteralKey();
}
