namespace ExchangeHub.Core.Common;

public static class Ids
{
    public static string New() => Guid.CreateVersion7().ToString("N");
}
