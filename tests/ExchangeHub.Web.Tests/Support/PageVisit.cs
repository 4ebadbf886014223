namespace ExchangeHub.Web.Tests.Support;

/// <summary>The setup the page tests share: a person with a lab of their own, and a page's HTML as someone sees it.</summary>
public static class PageVisit
{
    public const string LabName = "仙北市地域DX推進ラボ";

    /// <summary>Signs a new person up and creates a lab, which makes them its admin.</summary>
    public static async Task<(Person Admin, string LabId)> SignUpWithLabAsync(HubServer server, string? displayName = null, string labName = LabName)
    {
        var admin = await Person.SignUpAsync(server, displayName);
        return (admin, (await admin.CreateLabAsync(labName)).GetProperty("id").GetString() ?? "");
    }

    /// <summary>The page as the person sees it.</summary>
    public static Task<string> HtmlAsync(this Person person, string path) => person.Client.GetStringAsync(path);

    /// <summary>The page as someone who is not signed in sees it.</summary>
    public static Task<string> AnonymousHtmlAsync(this HubServer server, string path) => server.NewClient().GetStringAsync(path);

    /// <summary>Asserts that the page shows every one of the texts, each exactly as written.</summary>
    public static void Shows(string html, params string[] texts) =>
        Assert.All(texts, text => Assert.Contains(text, html, StringComparison.Ordinal));
}
