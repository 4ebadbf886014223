using ExchangeHub.Core.Features.Consortia;

namespace ExchangeHub.Web.Endpoints;

public sealed record ConsortiumResponse(
    string Id, string Name, string Purpose, string LeadLabId, DateTimeOffset? Deadline, string Status,
    IReadOnlyList<ConsortiumMember> Members, string ThreadId, long LastSeq, DateTimeOffset CreatedAt, bool CanManage)
{
    public static ConsortiumResponse From(ConsortiumView c, bool canManage) =>
        new(c.Id, c.Name, c.Purpose, c.LeadLabId, c.Deadline, c.Status, c.Members, c.ThreadId, c.LastSeq, c.CreatedAt, canManage);
}
