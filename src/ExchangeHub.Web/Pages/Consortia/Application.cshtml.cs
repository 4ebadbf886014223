using ExchangeHub.Web.Pages.Applications;
using Mediator;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Consortia;

/// <summary>The consortium's joint application, written together by the people of its member labs.</summary>
public sealed class ApplicationModel(IMediator mediator, IStringLocalizer<SharedResource> text) : ApplicationEditorPage(mediator, text)
{
    public override ApplicationPlace Place => ApplicationPlace.Consortium(RouteData.Values["id"] as string ?? "");
}
