using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace ExchangeHub.Core.Common;

/// <summary>
/// What a node has looked up, for keys whose value does not change once it exists (a thread's place, a person's name,
/// what a cookie decrypts to). Bounded: past the limit everything is forgotten at once and looked up again, which
/// costs a look-up each rather than any bookkeeping of ages. Nothing is kept for a key that finds nothing.
/// </summary>
public sealed class KeptValues<T>(int limit)
    where T : class
{
    private readonly ConcurrentDictionary<string, T> _known = new(StringComparer.Ordinal);

    // Counted apart: the dictionary's own count takes every lock it has.
    private int _count;

    public bool TryGet(string key, [MaybeNullWhen(false)] out T value) => _known.TryGetValue(key, out value);

    /// <summary>The value kept for <paramref name="key"/>, or the one <paramref name="lookUp"/> finds, then kept.</summary>
    public async ValueTask<T?> FindAsync(string key, Func<string, Task<T?>> lookUp) =>
        _known.TryGetValue(key, out var known) ? known
        : await lookUp(key) is { } found ? Keep(key, found)
        : null;

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/>, in place of any kept before.</summary>
    public T Keep(string key, T value)
    {
        if (!_known.TryAdd(key, value))
        {
            _known[key] = value;
        }
        else if (Interlocked.Increment(ref _count) > limit)
        {
            _known.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        return value;
    }
}
