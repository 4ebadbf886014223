using System.Resources;

[assembly: NeutralResourcesLanguage("ja")]

namespace ExchangeHub.Web;

/// <summary>The one set of interface texts: Japanese in Resources/SharedResource.resx, English in SharedResource.en.resx.</summary>
public sealed class SharedResource;
