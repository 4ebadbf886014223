using ExchangeHub.Web.Endpoints;
using ExchangeHub.Web.Hosting;
using ExchangeHub.Web.Hosting.Backup;
using ExchangeHub.Web.Hosting.Operations;
using ExchangeHub.Web.Security;
using Microsoft.AspNetCore.Diagnostics;

if (StoreCommands.IsStoreCommand(args))
{
    return await StoreCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddExchangeHubSilo();
builder.AddExchangeHubWeb();
builder.AddExchangeHubOperations();

var app = builder.Build();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler();
// People get an error page in their language; programs get problem details instead.
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseWhen(context => IsForPrograms(context.Request.Path), programs => programs
    .Use((context, next) =>
    {
        context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        return next(context);
    })
    .UseStatusCodePages());
app.UseRequestLocalization(Localization.Options);
app.UseStaticFiles();
app.UseMiddleware<RequestSizeMiddleware>();
app.UseMiddleware<OriginCheckMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapExchangeHubOperations();
app.MapAccountEndpoints();
app.MapLabEndpoints();
app.MapCaseStudyEndpoints();
app.MapThreadEndpoints();
app.MapMeEndpoints();
app.MapConsortiumEndpoints();
app.MapApplicationEndpoints();
app.MapMentorEndpoints();
app.MapMentorRequestEndpoints();
app.MapSearchEndpoints();
app.MapPartnerEndpoints();
app.MapOperatorEndpoints();
app.MapActivityEndpoints();
app.MapHub<ExchangeHub.Web.Live.ExchangeHub>(ExchangeHub.Web.Live.ExchangeHub.Path, hub => hub.AllowStatefulReconnects = true);
app.MapRazorPages();

await app.RunAsync();
return 0;

static bool IsForPrograms(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/openapi");

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
