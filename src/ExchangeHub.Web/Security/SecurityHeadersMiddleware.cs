using ExchangeHub.Web.Hosting.Operations;

namespace ExchangeHub.Web.Security;

/// <summary>
/// Headers that keep what people write from turning against readers: a Content-Security-Policy without inline script
/// (pages load modules from this site only), no framing by other sites, no MIME sniffing, and no full URLs leaked in
/// the Referer to other sites.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The Orleans dashboard (operators only, no user-written content) ships its own inline script and styles.
    private const string DashboardPolicy =
        "default-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(OperationsHosting.DashboardPath) ? DashboardPolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
