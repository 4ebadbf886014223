using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Notifications;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>
/// Tells the admins of the other lab about a partnership request and its answer, live on their user streams;
/// one-way, so the request never waits for inboxes. The inbox words the kind in the reader's language.
/// </summary>
public static class PartnershipNotices
{
    public const string Requested = "partnership-request";
    public const string Accepted = "partnership-accepted";
    public const string Declined = "partnership-declined";

    public static readonly IReadOnlyList<string> Kinds = [Requested, Accepted, Declined];

    public static void ToAskedLab(IGrainFactory grains, PartnershipRequest request, LabDetails askedLab) =>
        Notify(grains, askedLab, Requested, request, request.RequestedByName, request.Message, "/partners/requests");

    public static async Task ToAskingLabAsync(IGrainFactory grains, PartnershipRequest request)
    {
        if (await grains.GetGrain<ILabGrain>(request.FromLabId).GetAsync() is not { } askingLab)
        {
            return;
        }

        var accepted = request.Status == PartnershipStatus.Accepted;
        Notify(grains, askingLab, accepted ? Accepted : Declined, request, request.AnsweredByName ?? "", request.ToLabName,
            accepted && request.ResultConsortiumId is { } consortiumId ? $"/consortia/{consortiumId}" : "/partners/requests");
    }

    private static void Notify(IGrainFactory grains, LabDetails lab, string kind, PartnershipRequest request, string actorName, string excerpt, string link)
    {
        foreach (var admin in lab.Members.Where(m => m.Role == LabRoles.Admin))
        {
            _ = grains.GetGrain<INotificationInboxGrain>(admin.UserId).AddAsync(
                new NewNotification(kind, "", $"{request.FromLabName} → {request.ToLabName}", 0, actorName, excerpt, link));
        }
    }
}
