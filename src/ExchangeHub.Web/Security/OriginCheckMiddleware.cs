namespace ExchangeHub.Web.Security;

/// <summary>
/// Refuses a state-changing request whose Origin header names another site, and any hub request (including the
/// WebSocket upgrade, which is a GET) from another site. Browsers send Origin on cross-site requests, so a page
/// elsewhere cannot use a signed-in person's cookie to change anything here or to listen to their streams.
/// </summary>
public sealed class OriginCheckMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var changes = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            && !HttpMethods.IsOptions(context.Request.Method);
        if ((changes || context.Request.Path.StartsWithSegments("/hubs"))
            && context.Request.Headers.Origin is [{ } origin] && !IsSameSite(context.Request, origin))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden",
                detail: "Requests from another site may not change anything here.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool IsSameSite(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
}
