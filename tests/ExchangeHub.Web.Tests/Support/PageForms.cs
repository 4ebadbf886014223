using System.Text.RegularExpressions;

namespace ExchangeHub.Web.Tests.Support;

/// <summary>Posts a page's form as a browser without JavaScript would: with the antiforgery token the page rendered.</summary>
public static partial class PageForms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this Person person, string pagePath, string action, Dictionary<string, string> fields)
    {
        var html = await person.Client.GetStringAsync(pagePath);
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(html).Groups["token"].Value;
        return await person.Client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
