using System.Diagnostics.CodeAnalysis;

namespace ExchangeHub.Core.Common.Results;

/// <summary>Either a value or a <see cref="Problem"/>.</summary>
[GenerateSerializer, Alias("ExchangeHub.Result`1")]
public sealed record Result<T> : IFailable<Result<T>>, IHasProblem
{
    [Id(0)]
    public T? Value { get; init; }

    [Id(1)]
    public Problem? Problem { get; init; }

    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => Problem is null;

    public static Result<T> Ok(T value) => new() { Value = value };

    public static Result<T> Fail(Problem problem) => new() { Problem = problem };

    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(Problem problem) => Fail(problem);

    /// <summary>The value of a successful result; calling it on a failure is a bug.</summary>
    public T ValueOrThrow() =>
        IsSuccess && Value is not null ? Value : throw new InvalidOperationException($"Result failed: {Problem?.Detail}");
}
