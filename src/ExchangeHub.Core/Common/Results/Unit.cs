namespace ExchangeHub.Core.Common.Results;

/// <summary>The value of a command that answers nothing but success.</summary>
[GenerateSerializer, Alias("ExchangeHub.Done")]
public sealed record Done
{
    public static readonly Done Value = new();
}
