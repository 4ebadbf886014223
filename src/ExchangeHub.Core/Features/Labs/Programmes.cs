namespace ExchangeHub.Core.Features.Labs;

public static class Programmes
{
    /// <summary>A Regional DX Promotion Lab.</summary>
    public const string Dx = "dx";

    /// <summary>A Local IoT Promotion Lab of the predecessor programme.</summary>
    public const string Iot = "iot";
}
