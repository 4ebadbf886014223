using ExchangeHub.Web.Tests.Support;

[assembly: AssemblyFixture(typeof(HubServer))]
