using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Consortia;

public sealed class DeadlineTests(ClusterFixture fixture)
{
    [Fact]
    public async Task CheckDeadlineAsync_AsTheClockMoves_AnnouncesEachMarkOnce()
    {
        var clock = ClusterFixture.Clock;
        var consortium = fixture.Grains.GetGrain<IConsortiumGrain>(Ids.New());
        await consortium.CreateAsync(new NewConsortium("連携", "共同申請", "lead", "幹事ラボ", clock.GetUtcNow().AddDays(20), Ids.New()));
        var announced = new List<int>();

        foreach (var step in new[] { 3, 3, 1, 1, 6, 5, 1, 1 })
        {
            clock.Advance(TimeSpan.FromDays(step));
            await consortium.CheckDeadlineAsync();
            await consortium.CheckDeadlineAsync();
        }

        var events = (await consortium.GetEventsAfterAsync(0)).ValueOrThrow().Where(e => e.Type == ConsortiumEventTypes.DeadlineNear);
        announced.AddRange(events.Select(e => System.Text.Json.JsonDocument.Parse(e.DataJson).RootElement.GetProperty("daysLeft").GetInt32()));
        Assert.Equal([14, 7, 1, 0], announced);
    }

    [Theory]
    [InlineData(20, null)]
    [InlineData(13.5, 14)]
    [InlineData(5, 7)]
    [InlineData(0.5, 1)]
    [InlineData(-1, 0)]
    public void Due_DaysLeft_NearestMarkReached(double daysLeft, int? expected)
    {
        Assert.Equal(expected, DeadlineMarks.Due(TimeSpan.FromDays(daysLeft), []));
    }

    [Fact]
    public void Due_MarkAlreadySent_Nothing()
    {
        Assert.Null(DeadlineMarks.Due(TimeSpan.FromDays(6), [14, 7]));
    }
}
