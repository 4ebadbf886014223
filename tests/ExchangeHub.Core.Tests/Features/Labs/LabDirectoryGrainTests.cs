using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Labs;

public sealed class LabDirectoryGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task SearchAsync_HiraganaAndFullWidthQuery_FindsKatakanaAndHalfWidthName()
    {
        var unique = Ids.New();
        await fixture.Grains.GetGrain<ILabGrain>(unique).CreateAsync(Samples.Lab($"ドローンＤＸラボ{unique}"), "", Samples.Admin());
        var directory = fixture.Grains.GetGrain<ILabDirectoryGrain>(0);

        var byHiragana = await directory.SearchAsync(new LabFilter(Text: $"どろーん"));
        var byHalfWidth = await directory.SearchAsync(new LabFilter(Text: $"dxラボ{unique}"));

        Assert.Contains(byHiragana.Items, lab => lab.Id == unique);
        Assert.Equal(unique, Assert.Single(byHalfWidth.Items).Id);
    }

    [Fact]
    public async Task SearchAsync_RegionAndProgramme_FiltersLabs()
    {
        var unique = Ids.New();
        await fixture.Grains.GetGrain<ILabGrain>(unique).CreateAsync(Samples.Lab($"ラボ{unique}"), "", Samples.Admin());
        var directory = fixture.Grains.GetGrain<ILabDirectoryGrain>(0);

        var inTohoku = await directory.SearchAsync(new LabFilter(Region: "tohoku", Programme: Programmes.Dx, Text: unique));
        var inKanto = await directory.SearchAsync(new LabFilter(Region: "kanto", Text: unique));
        var iot = await directory.SearchAsync(new LabFilter(Programme: Programmes.Iot, Text: unique));

        Assert.Single(inTohoku.Items);
        Assert.Empty(inKanto.Items);
        Assert.Empty(iot.Items);
    }
}
