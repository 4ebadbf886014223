using ExchangeHub.Web.Endpoints;
using ExchangeHub.Web.Hosting;
using ExchangeHub.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddExchangeHubSilo();
builder.AddExchangeHubWeb();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
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
app.MapThreadEndpoints();
app.MapMeEndpoints();
app.MapHub<ExchangeHub.Web.Live.ExchangeHub>(ExchangeHub.Web.Live.ExchangeHub.Path, hub => hub.AllowStatefulReconnects = true);
app.MapRazorPages();

app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
