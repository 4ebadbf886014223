using System.Globalization;
using ExchangeHub.Core.Common.Results;

namespace ExchangeHub.Web.Endpoints;

/// <summary>The one place where an expected failure becomes an RFC 9457 problem response.</summary>
public static class ProblemResults
{
    public static IResult Map<T>(Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess && result.Value is { } value ? onSuccess(value) : ToResult(result.Problem ?? Problem.NotFound("リソース", "The resource"));

    public static IResult ToResult(Problem problem)
    {
        var status = StatusOf(problem.Kind);
        var title = TitleOf(problem.Kind);
        IResult result = problem.Errors is { Count: > 0 } errors
            ? Results.ValidationProblem(errors, problem.Detail, statusCode: status, title: title)
            : Results.Problem(problem.Detail, statusCode: status, title: title);
        return problem.RetryAfter is { } wait ? new WithRetryAfter(result, wait) : result;
    }

    public static int StatusOf(ProblemKind kind) => kind switch
    {
        ProblemKind.Invalid => StatusCodes.Status400BadRequest,
        ProblemKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        ProblemKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ProblemKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleOf(ProblemKind kind) => kind switch
    {
        ProblemKind.Invalid => "Invalid input",
        ProblemKind.Unauthenticated => "Not signed in",
        ProblemKind.Forbidden => "Not allowed",
        ProblemKind.NotFound => "Not found",
        ProblemKind.Conflict => "Conflict",
        ProblemKind.TooLarge => "Too large",
        ProblemKind.TooManyRequests => "Slow down",
        _ => "Problem",
    };

    private sealed class WithRetryAfter(IResult inner, TimeSpan wait) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
