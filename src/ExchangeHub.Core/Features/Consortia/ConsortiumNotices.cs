using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Notifications;

namespace ExchangeHub.Core.Features.Consortia;

/// <summary>Tells the people concerned about a consortium change, through their inboxes; one-way, so changes never wait.</summary>
public static class ConsortiumNotices
{
    public static void Invited(IGrainFactory grains, ConsortiumView consortium, string labId) =>
        _ = NotifyLabAsync(grains, consortium, labId, adminsOnly: true,
            Say.Text($"コンソーシアム「{consortium.Name}」に招待されました", $"Your lab was invited to the consortium \"{consortium.Name}\""), "/consortia/invitations");

    public static void ToLead(IGrainFactory grains, ConsortiumView consortium, string labName, bool joined) =>
        _ = NotifyLabAsync(grains, consortium, consortium.LeadLabId, adminsOnly: true, joined
            ? Say.Text($"{labName} が参加しました", $"{labName} joined")
            : Say.Text($"{labName} が招待を辞退しました", $"{labName} declined the invitation"), Link(consortium));

    public static void StatusChanged(IGrainFactory grains, ConsortiumView consortium)
    {
        foreach (var labId in consortium.JoinedLabIds)
        {
            _ = NotifyLabAsync(grains, consortium, labId, adminsOnly: false,
                Say.Text($"状態が「{consortium.Status}」になりました", $"The status is now \"{consortium.Status}\""), Link(consortium));
        }
    }

    public static void Deadline(IGrainFactory grains, ConsortiumView consortium, int daysLeft)
    {
        foreach (var labId in consortium.JoinedLabIds)
        {
            _ = NotifyLabAsync(grains, consortium, labId, adminsOnly: false, daysLeft == 0
                ? Say.Text("申請の締切日です", "The application is due today")
                : Say.Text($"申請の締切まであと{daysLeft}日です", $"{daysLeft} days left until the application deadline"), Link(consortium), NotificationKinds.Deadline);
        }
    }

    private static string Link(ConsortiumView consortium) => $"/consortia/{consortium.Id}";

    private static async Task NotifyLabAsync(
        IGrainFactory grains, ConsortiumView consortium, string labId, bool adminsOnly, string text, string link,
        string kind = NotificationKinds.Consortium)
    {
        if (await grains.GetGrain<ILabGrain>(labId).GetAsync() is not { } lab)
        {
            return;
        }

        foreach (var member in lab.Members.Where(m => !adminsOnly || m.Role == LabRoles.Admin))
        {
            await grains.GetGrain<INotificationInboxGrain>(member.UserId)
                .AddAsync(new NewNotification(kind, consortium.ThreadId, consortium.Name, 0, lab.Fields.Name, text, link));
        }
    }
}
