using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Web.Security;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts");
        auth.MapPost("/register", async (RegisterCommand command, IMediator mediator, HttpContext context) =>
        {
            var result = await mediator.Send(command);
            if (result.IsSuccess)
            {
                await SignIn.SignInAsync(context, result.ValueOrThrow());
            }

            return ProblemResults.Map(result, user => Results.Created("/api/me", AccountResponse.From(user)));
        }).RequireRateLimiting(RateLimits.SignUp);
        auth.MapPost("/login", async (LogInCommand command, IMediator mediator, HttpContext context) =>
        {
            var result = await mediator.Send(command);
            if (result.IsSuccess)
            {
                await SignIn.SignInAsync(context, result.ValueOrThrow());
            }

            return ProblemResults.Map(result, user => Results.Ok(AccountResponse.From(user)));
        });
        auth.MapPost("/logout", async (HttpContext context) =>
        {
            await SignIn.SignOutAsync(context);
            return Results.NoContent();
        });
        app.MapGet("/api/me", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetMeQuery()), Results.Ok)).WithTags("Accounts");
        return app;
    }

    private sealed record AccountResponse(string Id, string Email, string DisplayName)
    {
        public static AccountResponse From(UserProfile user) => new(user.Id, user.Email, user.DisplayName);
    }
}
