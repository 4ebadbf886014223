using ExchangeHub.Core.Features.Partners;

namespace ExchangeHub.Web.Endpoints;

/// <summary>A partnership request; <see cref="Received"/> and <see cref="CanAnswer"/> are the reader's view of it.</summary>
public sealed record PartnershipResponse(
    string Id, string FromLabId, string FromLabName, string ToLabId, string ToLabName, string Message, string? ConsortiumId,
    string RequestedByName, string Status, DateTimeOffset CreatedAt, DateTimeOffset? AnsweredAt, string? AnsweredByName,
    string? ResultConsortiumId, bool? Received = null, bool? CanAnswer = null)
{
    public static PartnershipResponse From(PartnershipRequest request) => new(
        request.Id, request.FromLabId, request.FromLabName, request.ToLabId, request.ToLabName, request.Message, request.ConsortiumId,
        request.RequestedByName, request.Status, request.CreatedAt, request.AnsweredAt, request.AnsweredByName, request.ResultConsortiumId);

    public static PartnershipResponse From(PartnershipItem item) => From(item.Request) with { Received = item.Received, CanAnswer = item.CanAnswer };
}
