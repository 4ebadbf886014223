using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Core.Tests.Support;

public static class Samples
{
    public static LabFields Lab(string name = "仙北市地域DX推進ラボ") =>
        new(name, "05", "仙北市", Programmes.Dx, ["agriculture"], ["担い手不足"], ["ドローン運用"], "ビジョン");

    public static LabMember Admin() => new(Ids.New(), "佐藤 花子", LabRoles.Admin);

    public static CaseStudyFields CaseStudy(string title = "ドローン散布") => new(title, "要約", "本文", ["agriculture"]);

    public static CaseStudyCard Card(string id, string title = "ドローン散布", int revision = 1) =>
        new(id, title, "要約", ["agriculture"], revision, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, "佐藤 花子");
}
