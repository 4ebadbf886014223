namespace ExchangeHub.Core.Features.Accounts;

[GenerateSerializer, Alias("ExchangeHub.EmailIndexState")]
public sealed record EmailIndexState
{
    [Id(0)]
    public string? UserId { get; set; }
}
