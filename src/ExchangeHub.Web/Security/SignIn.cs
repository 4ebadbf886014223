using System.Security.Claims;
using ExchangeHub.Core.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ExchangeHub.Web.Security;

public static class SignIn
{
    public static Task SignInAsync(HttpContext context, UserProfile profile)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, profile.Id),
            new(ClaimTypes.Name, profile.DisplayName),
            new(ClaimTypes.Email, profile.Email),
            .. profile.Roles.Select(role => new Claim(ClaimTypes.Role, role)),
        ];
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    public static Task SignOutAsync(HttpContext context) =>
        context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
}
