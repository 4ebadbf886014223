namespace ExchangeHub.Core.Features.Labs;

[GenerateSerializer, Alias("ExchangeHub.LabDirectoryState")]
public sealed record LabDirectoryState
{
    [Id(0)]
    public Dictionary<string, LabSummary> Labs { get; set; } = [];
}
