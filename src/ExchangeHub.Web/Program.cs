using ExchangeHub.Web.Endpoints;
using ExchangeHub.Web.Hosting;
using ExchangeHub.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddExchangeHubSilo();
builder.AddExchangeHubWeb();

var app = builder.Build();
app.UseExceptionHandler();
// Programs get problem details; people get a page in their language.
app.UseWhen(context => IsForPrograms(context.Request.Path), api => api.UseStatusCodePages());
app.UseWhen(context => !IsForPrograms(context.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
app.UseRequestLocalization(Localization.Options);
app.UseStaticFiles();
app.UseMiddleware<RequestSizeMiddleware>();
app.UseMiddleware<OriginCheckMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapAccountEndpoints();
app.MapLabEndpoints();
app.MapCaseStudyEndpoints();
app.MapHub<ExchangeHub.Web.Live.ExchangeHub>(ExchangeHub.Web.Live.ExchangeHub.Path, hub => hub.AllowStatefulReconnects = true);
app.MapRazorPages();

app.Run();

static bool IsForPrograms(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/openapi");

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
