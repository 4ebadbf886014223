namespace ExchangeHub.Core.Features.Consortia;

/// <summary>
/// A consortium as one lab sees it in its list: its own state in it, whether it leads, and the last seq of its
/// consortium:{id} stream (0 on a card stored before the seq was kept).
/// </summary>
[GenerateSerializer, Alias("ExchangeHub.ConsortiumRef")]
public sealed record ConsortiumRef(
    [property: Id(0)] string ConsortiumId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Purpose,
    [property: Id(3)] string LabState,
    [property: Id(4)] string Status,
    [property: Id(5)] bool Leads,
    [property: Id(6)] string LeadLabName,
    [property: Id(7)] long LastSeq);
