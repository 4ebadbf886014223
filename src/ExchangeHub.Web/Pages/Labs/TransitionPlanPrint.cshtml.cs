using ExchangeHub.Web.Pages.Applications;
using Mediator;

namespace ExchangeHub.Web.Pages.Labs;

/// <summary>An IoT lab's transition plan laid out for A4 paper.</summary>
public sealed class TransitionPlanPrintModel(IMediator mediator) : ApplicationReaderPage(mediator)
{
    public override ApplicationPlace Place => ApplicationPlace.Lab(RouteData.Values["labId"] as string ?? "");
}
