namespace ExchangeHub.Web.Tests.Hosting.Storage;

[Alias("ExchangeHub.Web.Tests.Hosting.Storage.ICounterGrain")]
public interface ICounterGrain : IGrainWithStringKey
{
    [Alias("Add")]
    Task AddAsync(int amount, string note);

    [Alias("Get")]
    Task<CounterState> GetAsync();
}
