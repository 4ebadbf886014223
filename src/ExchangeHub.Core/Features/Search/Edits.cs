namespace ExchangeHub.Core.Features.Search;

/// <summary>Whether two words are within a few typos of each other (Levenshtein distance).</summary>
public static class Edits
{
    public static bool Within(string a, string b, int maxEdits)
    {
        if (Math.Abs(a.Length - b.Length) > maxEdits)
        {
            return false;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                rowBest = Math.Min(rowBest, current[j]);
            }

            if (rowBest > maxEdits)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= maxEdits;
    }
}
