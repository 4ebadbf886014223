namespace ExchangeHub.Core.Features.Partners;

[GenerateSerializer, Alias("ExchangeHub.ConsortiumTiesState")]
public sealed record ConsortiumTiesState
{
    [Id(0)]
    public Dictionary<string, List<string>> JoinedLabs { get; set; } = [];
}
