using Microsoft.AspNetCore.Diagnostics;
using Orleans.Persistence.Redis;
using Orleans.Storage;
using StackExchange.Redis;

namespace ExchangeHub.Web.Hosting.Operations;

/// <summary>
/// A store that cannot be reached, a node that died mid-call, or a write that lost a race to a newer activation is not
/// the caller's fault and nothing was accepted: 503 with Retry-After, never a success and never a bare 500.
/// </summary>
public sealed class UnavailableExceptionHandler(IProblemDetailsService problems, ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }

        logger.LogWarning("Answered 503 to {Method} {Path}: {Exception}", httpContext.Request.Method, httpContext.Request.Path, exception.GetType().Name);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "2";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Unavailable",
                Detail = "The hub could not reach its store or another node, and nothing was saved. Try again in a moment.",
            },
            Exception = exception,
        });
    }

    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TimeoutException or OperationCanceledException or SiloUnavailableException or OrleansMessageRejectionException
                or InconsistentStateException or RedisStorageException or RedisException)
            {
                return true;
            }

            // Whatever else the runtime or the store client throws while a node or Redis is away is the same outage.
            var origin = current.GetType().Namespace ?? "";
            if (origin.StartsWith("Orleans", StringComparison.Ordinal) || origin.StartsWith("StackExchange.Redis", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
