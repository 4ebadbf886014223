namespace ExchangeHub.Core.Features.Consortia;

[GenerateSerializer, Alias("ExchangeHub.LabConsortiaState")]
public sealed record LabConsortiaState
{
    [Id(0)]
    public Dictionary<string, ConsortiumRef> Consortia { get; set; } = [];
}
