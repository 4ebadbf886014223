using System.Security.Claims;
using ExchangeHub.Core.Common.Security;

namespace ExchangeHub.Web.Security;

/// <summary>The signed-in person of this request: from the HTTP context, or set by the hub filter for a hub call.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public ClaimsPrincipal? Principal { get; set; }

    private ClaimsPrincipal? User => Principal ?? accessor.HttpContext?.User;

    public string? UserId => User?.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public bool IsInRole(string role) => User?.IsInRole(role) == true;
}
