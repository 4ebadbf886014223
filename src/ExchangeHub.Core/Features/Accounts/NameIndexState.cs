namespace ExchangeHub.Core.Features.Accounts;

[GenerateSerializer, Alias("ExchangeHub.NameIndexState")]
public sealed record NameIndexState
{
    [Id(0)]
    public string? UserId { get; set; }
}
