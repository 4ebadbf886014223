namespace ExchangeHub.Web.Tests.Security.Fuzzing;

/// <summary>One generated request body: its bytes, the content type it claims and the kind of damage it carries.</summary>
public sealed record FuzzBody(string Kind, byte[] Bytes, string ContentType)
{
    public override string ToString()
    {
        var text = System.Text.Encoding.UTF8.GetString(Bytes, 0, Math.Min(Bytes.Length, 160));
        return $"{Kind} ({Bytes.Length} bytes, {ContentType}): {text}";
    }
}
