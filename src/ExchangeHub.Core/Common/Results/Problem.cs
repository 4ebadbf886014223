using ExchangeHub.Core.Common.Text;
namespace ExchangeHub.Core.Common.Results;

/// <summary>An expected failure with a message a person can act on.</summary>
[GenerateSerializer, Alias("ExchangeHub.Problem")]
public sealed record Problem(
    [property: Id(0)] ProblemKind Kind,
    [property: Id(1)] string Detail,
    [property: Id(2)] IReadOnlyDictionary<string, string[]>? Errors = null,
    [property: Id(3)] TimeSpan? RetryAfter = null)
{
    public static Problem NotFound(string whatJapanese, string whatEnglish) =>
        new(ProblemKind.NotFound, Say.Text($"{whatJapanese}が見つかりません。", $"{whatEnglish} was not found."));

    public static Problem Forbidden(string detail) => new(ProblemKind.Forbidden, detail);

    public static Problem Unauthenticated() => new(ProblemKind.Unauthenticated, Say.Text("この操作にはログインが必要です。", "Sign in to do this."));

    public static Problem Conflict(string detail) => new(ProblemKind.Conflict, detail);

    public static Problem Invalid(string field, string message) =>
        new(ProblemKind.Invalid, Say.Text("入力内容に誤りがあります。", "The request has invalid fields."), new Dictionary<string, string[]> { [field] = [message] });
}
