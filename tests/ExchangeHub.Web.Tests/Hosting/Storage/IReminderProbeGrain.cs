namespace ExchangeHub.Web.Tests.Hosting.Storage;

[Alias("ExchangeHub.Web.Tests.Hosting.Storage.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    [Alias("Start")]
    Task StartAsync(TimeSpan dueTime, TimeSpan period);

    [Alias("Stop")]
    Task StopAsync();

    [Alias("GetTicks")]
    Task<int> GetTicksAsync();
}
