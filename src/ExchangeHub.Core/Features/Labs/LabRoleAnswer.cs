namespace ExchangeHub.Core.Features.Labs;

[GenerateSerializer, Alias("ExchangeHub.LabRoleAnswer")]
public sealed record LabRoleAnswer([property: Id(0)] bool LabExists, [property: Id(1)] string? Role);
