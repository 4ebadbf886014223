using ExchangeHub.Core.Features.Partners;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace ExchangeHub.Web.Pages.Shared;

/// <summary>The map of Japan's labs and the consortium ties between prefectures, for the home page and the directory.</summary>
public sealed class JapanMapViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? selected = null) =>
        View(new JapanMapView((await mediator.Send(new GetJapanMapQuery())).ValueOrThrow(), selected));
}

public sealed record JapanMapView(JapanMap Map, string? Selected);
