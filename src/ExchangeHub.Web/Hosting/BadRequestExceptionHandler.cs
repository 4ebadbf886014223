using Microsoft.AspNetCore.Diagnostics;

namespace ExchangeHub.Web.Hosting;

/// <summary>A body that cannot be read (bad JSON, wrong types, too large) is the caller's mistake: 400 or 413, never 500.</summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var status = badRequest.StatusCode;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status413PayloadTooLarge ? "Too large" : "Invalid input",
                Detail = status == StatusCodes.Status413PayloadTooLarge
                    ? "The request body is too large."
                    : "The request body could not be read. Send JSON with the documented fields and types.",
            },
            Exception = exception,
        });
    }
}
