using System.Text;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Operator;

namespace ExchangeHub.Core.Tests.Features.Operator;

public sealed class DirectoryCsvTests
{
    [Fact]
    public void Write_JapaneseNames_StartsWithUtf8ByteOrderMark()
    {
        var bytes = DirectoryCsv.Write([Summary("仙北市地域DX推進ラボ")]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(string.Join(',', DirectoryCsv.Header) + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("仙北市地域DX推進ラボ,05,秋田県,tohoku,仙北市,dx,pending,agriculture;logistics,3,2,1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NameWithCommaQuoteOrFormula_QuotesItAndDefusesTheFormula()
    {
        var text = Encoding.UTF8.GetString(DirectoryCsv.Write([Summary("=HYPERLINK(\"x\",\"y\")"), Summary("ラボ, \"東\"")])[3..]);

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("\"ラボ, \"\"東\"\"\"", text, StringComparison.Ordinal);
    }

    private static LabSummary Summary(string name) => new(
        "lab1", name, "05", "仙北市", Programmes.Dx, ["agriculture", "logistics"], 3, 2, DateTimeOffset.UnixEpoch,
        Status: LabStatuses.Pending, RecommendedCompanies: 1);
}
