using ExchangeHub.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Web.Security;

/// <summary>Answers 413 problem details for an API body over the limit, before anything reads it.</summary>
public sealed class RequestSizeMiddleware(RequestDelegate next, IOptions<ExchangeHubOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await Results.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "Too large",
                    detail: $"The request body is larger than {limit / 1024} KB.").ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
        }

        await next(context);
    }
}
