using System.Collections.Frozen;
using System.Reflection;

namespace ExchangeHub.Core.Features.Accounts;

/// <summary>
/// What a new password must be, after NIST SP 800-63B: long enough, not one of the passwords attackers try first, and not
/// the account's own address or name. No rules on which kinds of characters to mix, which only make passwords harder to
/// remember without making them harder to guess.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 8;

    /// <summary>Long passphrases are welcome; the bound only keeps hashing cheap.</summary>
    public const int MaximumLength = 128;

    /// <summary>The most UTF-16 units <see cref="MaximumLength"/> characters can take.</summary>
    public const int MaximumUtf16Length = 2 * MaximumLength;

    private static readonly FrozenSet<string> _common = LoadCommon();

    /// <summary>Characters as a person counts them: one per Unicode code point, so "パスワード" is 5 and an emoji is 1.</summary>
    public static int Length(string password) => password.EnumerateRunes().Count();

    public static bool IsCommon(string password) => _common.Contains(password.Trim());

    public static bool RepeatsIdentity(string password, string? email, string? displayName)
    {
        var candidate = password.Trim();
        var local = email?.Split('@')[0];
        return new[] { email, local, displayName }
            .Any(value => !string.IsNullOrWhiteSpace(value) && string.Equals(candidate, value.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static FrozenSet<string> LoadCommon()
    {
        // Openwall's public-domain list of the passwords most often found in breaches, commonest first.
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ExchangeHub.Core.Features.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith("#!comment", StringComparison.Ordinal))
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
