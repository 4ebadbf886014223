using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using ExchangeHub.Core;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Search;
using ExchangeHub.Web.Hosting.Demo;
using ExchangeHub.Web.Live;
using ExchangeHub.Web.Pages;
using ExchangeHub.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace ExchangeHub.Web.Hosting;

public static class WebServices
{
    public static WebApplicationBuilder AddExchangeHubWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ExchangeHubOptions>(builder.Configuration.GetSection(ExchangeHubOptions.Section));
        services.Configure<AccountOptions>(builder.Configuration.GetSection(AccountOptions.Section));
        services.Configure<MentorOptions>(builder.Configuration.GetSection(MentorOptions.Section));
        services.AddOptions<SearchIndexOptions>().Configure<IOptions<ExchangeHubOptions>>((search, hub) =>
            search.Folder = Path.Combine(Path.GetFullPath(hub.Value.DataPath), "search"));
        services.AddExchangeHubCore();
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(AuthorizationBehavior<,>),
                typeof(ValidationBehavior<,>),
            ];
        });
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddSingleton<ILiveFeed, SignalRLiveFeed>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddExchangeHubRateLimits(builder.Configuration);
        services.AddSignalR(hub =>
        {
            hub.AddFilter<HubCallLimitFilter>();
            hub.AddFilter<CurrentUserHubFilter>();
        });
        services.AddOptions<HubOptions>().Configure<IOptions<RateLimitOptions>>((hub, limits) => hub.MaximumReceiveMessageSize = limits.Value.HubMessageBytes);
        services.AddSingleton<HubCallLimitFilter>();
        services.AddSingleton<CurrentUserHubFilter>();
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails.Status == StatusCodes.Status400BadRequest && context.ProblemDetails.Detail is null)
            {
                context.ProblemDetails.Detail = "The request body could not be read. Send JSON with the documented fields and types.";
            }
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOpenApi();
        services.AddRazorPages();
        services.AddHostedService<DemoSeeder>();
        services.AddSingleton<Display>();
        // Japanese text stays readable in the HTML instead of becoming numeric character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        AddCookieAuthentication(builder);

        // A search pasted whole (10,000 Japanese characters are 90 KB once URL-encoded) should meet the validator's
        // clear 400, not Kestrel's bare 414 for a request line over 8 KB.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 128 * 1024);
        return builder;
    }

    private static void AddCookieAuthentication(WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "exchangehub.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            // A signed-in person who may not open a page gets a plain 403, never a redirect to a page that does not exist.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, RememberTickets>();
        builder.Services.AddAuthorization();
    }

    // Programs and scripts get a status code, people get the sign-in page.
    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
