namespace ExchangeHub.Core.Features.Partners;

[GenerateSerializer, Alias("ExchangeHub.LabPartnershipsState")]
public sealed record LabPartnershipsState
{
    [Id(0)]
    public Dictionary<string, PartnershipRequest> Requests { get; set; } = [];
}
