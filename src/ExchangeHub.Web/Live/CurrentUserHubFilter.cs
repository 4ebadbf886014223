using ExchangeHub.Core.Common.Security;
using ExchangeHub.Web.Security;
using Microsoft.AspNetCore.SignalR;

namespace ExchangeHub.Web.Live;

/// <summary>Makes the connection's signed-in person the current user of each hub call, as HTTP requests have it.</summary>
public sealed class CurrentUserHubFilter : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.ServiceProvider.GetRequiredService<ICurrentUser>() is CurrentUser current)
        {
            current.Principal = invocationContext.Context.User;
        }

        return next(invocationContext);
    }
}
