using ExchangeHub.Web.Pages.Applications;
using Mediator;

namespace ExchangeHub.Web.Pages.Consortia;

/// <summary>The consortium's joint application laid out for A4 paper.</summary>
public sealed class PrintModel(IMediator mediator) : ApplicationReaderPage(mediator)
{
    public override ApplicationPlace Place => ApplicationPlace.Consortium(RouteData.Values["id"] as string ?? "");
}
