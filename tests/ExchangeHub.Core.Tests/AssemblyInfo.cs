using ExchangeHub.Core.Tests.Support;

[assembly: AssemblyFixture(typeof(ClusterFixture))]
