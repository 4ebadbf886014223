namespace ExchangeHub.Web.Pages;

/// <summary>A one-time confirmation after a redirect: the resource key is kept in TempData and shown once by the layout.</summary>
public static class Flash
{
    public const string Key = "Flash";
}
