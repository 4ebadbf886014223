namespace ExchangeHub.Web.Tests.Support;

/// <summary>The tests that read /metrics, run alone: see <see cref="MetricsHubServer"/>.</summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;
