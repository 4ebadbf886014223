using ExchangeHub.Core.Features.Partners;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace ExchangeHub.Web.Pages.Shared;

/// <summary>Partner suggestions with their reasons on a lab's page, for its members; <c>?farAway=true</c> asks for distant pairings.</summary>
public sealed class PartnerRecommendationsViewComponent(IMediator mediator) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync(string labId, bool canRequest)
    {
        var farAway = bool.TryParse(Request.Query["farAway"], out var asked) && asked;
        var result = await mediator.Send(new GetPartnerRecommendationsQuery(labId, farAway, Shown));
        return result.IsSuccess
            ? View(new PartnerRecommendationsView(labId, farAway, canRequest, result.ValueOrThrow()))
            : Content("");
    }
}

public sealed record PartnerRecommendationsView(string LabId, bool FarAway, bool CanRequest, IReadOnlyList<PartnerRecommendation> Items);
