namespace ExchangeHub.Core.Features.Consortia;

[GenerateSerializer, Alias("ExchangeHub.ConsortiumView")]
public sealed record ConsortiumView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Purpose,
    [property: Id(3)] string LeadLabId,
    [property: Id(4)] DateTimeOffset? Deadline,
    [property: Id(5)] string Status,
    [property: Id(6)] IReadOnlyList<ConsortiumMember> Members,
    [property: Id(7)] string ThreadId,
    [property: Id(8)] long LastSeq,
    [property: Id(9)] DateTimeOffset CreatedAt)
{
    public IEnumerable<string> JoinedLabIds => Members.Where(m => m.State == MemberStates.Joined).Select(m => m.LabId);

    public string? StateOf(string labId) => Members.FirstOrDefault(m => m.LabId == labId)?.State;
}
