using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Accounts;

public sealed class AccountGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ClaimAsync_TwoUsersAtOnce_ExactlyOneOwnsTheAddress()
    {
        var index = fixture.Grains.GetGrain<INameIndexGrain>(NameKeys.Email($"{Ids.New()}@example.jp"));

        var owners = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => index.ClaimAsync($"user-{i}")));

        Assert.Single(owners.Distinct());
        Assert.Equal(owners[0], await index.GetUserIdAsync());
    }

    [Fact]
    public async Task RegisterAsync_Twice_Conflicts()
    {
        var user = fixture.Grains.GetGrain<IUserGrain>(Ids.New());
        await user.RegisterAsync(new NewAccount("a@example.jp", "佐藤", "sato", "hash", []));

        var again = await user.RegisterAsync(new NewAccount("b@example.jp", "田中", "tanaka", "hash2", []));

        Assert.Equal(ProblemKind.Conflict, again.Problem?.Kind);
        Assert.Equal("a@example.jp", (await user.GetAsync())?.Email);
    }

    [Fact]
    public async Task SetLabMembershipAsync_SameLabTwice_KeepsLatestRole()
    {
        var user = fixture.Grains.GetGrain<IUserGrain>(Ids.New());
        await user.RegisterAsync(new NewAccount("a@example.jp", "佐藤", "sato", "hash", []));

        await user.SetLabMembershipAsync(new LabMembership("lab", "ラボ", "member"));
        await user.SetLabMembershipAsync(new LabMembership("lab", "ラボ", "admin"));

        Assert.Equal("admin", Assert.Single((await user.GetAsync())?.Labs ?? []).Role);
    }

    [Fact]
    public async Task GetPasswordHashAsync_UnknownUser_ReturnsNull()
    {
        Assert.Null(await fixture.Grains.GetGrain<IUserGrain>(Ids.New()).GetPasswordHashAsync());
    }
}
