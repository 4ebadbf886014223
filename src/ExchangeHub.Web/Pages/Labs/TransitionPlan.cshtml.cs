using ExchangeHub.Web.Pages.Applications;
using Mediator;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Labs;

/// <summary>An IoT lab's changed plan for moving to the DX programme, in the same editor as a joint application.</summary>
public sealed class TransitionPlanModel(IMediator mediator, IStringLocalizer<SharedResource> text) : ApplicationEditorPage(mediator, text)
{
    public override ApplicationPlace Place => ApplicationPlace.Lab(RouteData.Values["labId"] as string ?? "");
}
