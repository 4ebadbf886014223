namespace ExchangeHub.Web.Tests.Hosting.Storage;

/// <summary>A state shaped like <see cref="CounterState"/> (same field numbers), which a row of counters must not load as.</summary>
[GenerateSerializer, Alias("ExchangeHub.Web.Tests.Hosting.Storage.TallyState")]
public sealed record TallyState
{
    [Id(0)] public int Total { get; init; }

    [Id(1)] public string Label { get; init; } = string.Empty;
}
