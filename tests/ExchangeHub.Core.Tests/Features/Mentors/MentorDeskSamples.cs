using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Notifications;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Core.Tests.Features.Mentors;

/// <summary>Mentors and requests of a test's own. The desk and the directory are shared, so tests look at their own grains.</summary>
public static class MentorDeskSamples
{
    public static async Task<Viewer> MentorAsync(IGrainFactory grains, string[] expertise, bool onDuty = true, int capacity = 3)
    {
        var mentor = new Viewer(Ids.New(), "メンター " + Ids.New()[..6]);
        await grains.GetGrain<IMentorGrain>(mentor.UserId)
            .SaveAsync(mentor.DisplayName, new MentorProfileFields(expertise, "農業DXの支援", onDuty, ["ja"], capacity), "<p>農業DXの支援</p>");
        return mentor;
    }

    public static async Task<IMentorRequestGrain> OpenAsync(IGrainFactory grains, string[] themes, string urgency = MentorUrgency.Normal)
    {
        var request = grains.GetGrain<IMentorRequestGrain>(Ids.New());
        (await request.OpenAsync(new NewMentorRequest(Ids.New(), "仙北市地域DX推進ラボ", "ドローン散布の相談", "散布の許可について", themes,
            urgency, "requester-" + Ids.New(), "佐藤 花子", Ids.New()))).ValueOrThrow();
        (await request.RouteAsync()).ValueOrThrow();
        return request;
    }

    public static async Task<MentorRequestView> ViewAsync(this IMentorRequestGrain request) =>
        await request.GetAsync() ?? throw new InvalidOperationException("The request exists.");

    /// <summary>Delivers the deadline reminder's tick as the reminder service would.</summary>
    public static Task TickAsync(this IMentorRequestGrain request) =>
        request.AsReference<IRemindable>().ReceiveReminder("deadline", new TickStatus(DateTime.UtcNow, TimeSpan.FromMinutes(1), DateTime.UtcNow));

    public static async Task<IReadOnlyList<Notification>> InboxAsync(IGrainFactory grains, string userId) =>
        (await grains.GetGrain<INotificationInboxGrain>(userId).GetAsync(200)).Items;

    /// <summary>Notifications are sent one-way; waits a moment for them to land.</summary>
    public static async Task<bool> IsToldAsync(IGrainFactory grains, string userId, string requestId, bool expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(expected ? 10 : 1);
        bool told;
        do
        {
            told = (await InboxAsync(grains, userId)).Any(n => n.Kind == NotificationKinds.MentorRequest && n.Url.EndsWith(requestId, StringComparison.Ordinal));
            if (told == expected)
            {
                return told;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        return told;
    }
}
