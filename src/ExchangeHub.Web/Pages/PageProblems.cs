using ExchangeHub.Core.Common.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages;

/// <summary>How pages show a mediator problem: in place on a form, or as the 404 / 403 page or the sign-in page.</summary>
public static class PageProblems
{
    public static IActionResult ProblemResult(this PageModel page, Problem problem) => problem.Kind switch
    {
        ProblemKind.NotFound => page.NotFound(),
        ProblemKind.Forbidden => page.StatusCode(StatusCodes.Status403Forbidden),
        ProblemKind.Unauthenticated => page.Challenge(),
        ProblemKind.TooManyRequests => page.StatusCode(StatusCodes.Status429TooManyRequests),
        _ => page.BadRequest(),
    };

    /// <summary>Whether the person can fix the problem on the form they sent; otherwise it is a page of its own.</summary>
    public static bool BelongsOnForm(this Problem problem) =>
        problem.Kind is ProblemKind.Invalid or ProblemKind.Conflict or ProblemKind.TooLarge or ProblemKind.TooManyRequests;

    /// <summary>
    /// Puts each field error next to its input (model state key "{input}.{Field}") and answers the message for the top of
    /// the form. Invalid fields get the form's own hint in the reader's language when there is one.
    /// </summary>
    public static string AddProblem(
        this ModelStateDictionary modelState, Problem problem, IStringLocalizer text, string form, string input = "Input")
    {
        var specific = text[$"Problem.{form}.{problem.Kind}"];
        foreach (var (path, errors) in problem.Errors ?? new Dictionary<string, string[]>())
        {
            var field = FieldOf(path);
            var key = $"{input}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            if (modelState[key]?.Errors.Count > 0)
            {
                continue;
            }

            var hint = text[$"Field.{form}.{field}"];
            if (problem.Kind == ProblemKind.Invalid && !hint.ResourceNotFound)
            {
                modelState.AddModelError(key, hint);
            }
            else if (!specific.ResourceNotFound)
            {
                modelState.AddModelError(key, specific);
            }
            else
            {
                Array.ForEach(errors, error => modelState.AddModelError(key, error));
            }
        }

        return specific.ResourceNotFound ? text[$"Problem.{problem.Kind}"] : specific;
    }

    private static string FieldOf(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        var field = end < 0 ? path : path[..end];
        return field.Length == 0 ? "form" : field;
    }
}
