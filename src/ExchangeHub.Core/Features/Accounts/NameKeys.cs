using System.Text;

namespace ExchangeHub.Core.Features.Accounts;

/// <summary>The keys of <see cref="INameIndexGrain"/>: addresses compare without case, handles are lower-case ASCII.</summary>
public static class NameKeys
{
    public static string Email(string email) => "email:" + email.Trim().ToLowerInvariant();

    public static string Handle(string handle) => "handle:" + handle.ToLowerInvariant();

    /// <summary>A handle to start from: the address's local part, reduced to letters, digits, '_' and '-'.</summary>
    public static string HandleStem(string email)
    {
        var local = email.Split('@')[0].ToLowerInvariant();
        var stem = new StringBuilder();
        foreach (var character in local)
        {
            if (char.IsAsciiLetterOrDigit(character) || character is '_' or '-')
            {
                stem.Append(character);
            }
        }

        return stem.Length >= 2 ? stem.ToString()[..Math.Min(stem.Length, 20)] : "user" + stem;
    }
}
