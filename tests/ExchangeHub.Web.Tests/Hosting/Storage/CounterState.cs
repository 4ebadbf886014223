namespace ExchangeHub.Web.Tests.Hosting.Storage;

[GenerateSerializer, Alias("ExchangeHub.Web.Tests.Hosting.Storage.CounterState")]
public sealed record CounterState
{
    [Id(0)] public int Count { get; init; }

    [Id(1)] public string Note { get; init; } = string.Empty;
}
