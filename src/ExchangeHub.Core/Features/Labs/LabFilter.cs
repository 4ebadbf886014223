namespace ExchangeHub.Core.Features.Labs;

[GenerateSerializer, Alias("ExchangeHub.LabFilter")]
public sealed record LabFilter(
    [property: Id(0)] string? Prefecture = null,
    [property: Id(1)] string? Region = null,
    [property: Id(2)] string? Theme = null,
    [property: Id(3)] string? Programme = null,
    [property: Id(4)] string? Text = null,
    [property: Id(5)] int Skip = 0,
    [property: Id(6)] int Take = 50);
