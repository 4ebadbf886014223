using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages;

/// <summary>The page shown for an empty error response of a page request (404, 403 and the rest), in the reader's language.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Kind => Code switch
    {
        StatusCodes.Status404NotFound => "NotFound",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status429TooManyRequests => "TooMany",
        >= 400 and < 500 => "BadRequest",
        _ => "Server",
    };

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
