using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Applications;

namespace ExchangeHub.Web.Pages.Applications;

/// <summary>Where an application lives: its key, its JSON API and its page; a consortium's joint application or an IoT lab's transition plan.</summary>
public sealed record ApplicationPlace(string Key, string ApiUrl, string PageUrl)
{
    public string Stream => StreamNames.Application(Key);

    public string PrintUrl => $"{PageUrl}/print";

    public string MarkdownUrl => $"{ApiUrl}/markdown";

    public static ApplicationPlace Consortium(string consortiumId)
    {
        var id = Uri.EscapeDataString(consortiumId);
        return new(ApplicationKeys.Consortium(consortiumId), $"/api/consortia/{id}/application", $"/consortia/{id}/application");
    }

    public static ApplicationPlace Lab(string labId)
    {
        var id = Uri.EscapeDataString(labId);
        return new(ApplicationKeys.Lab(labId), $"/api/labs/{id}/transition-plan", $"/labs/{id}/transition-plan");
    }
}
