namespace ExchangeHub.Core.Features.Partners;

[GenerateSerializer, Alias("ExchangeHub.PartnershipRequestState")]
public sealed record PartnershipRequestState
{
    [Id(0)]
    public PartnershipRequest? Request { get; set; }
}
