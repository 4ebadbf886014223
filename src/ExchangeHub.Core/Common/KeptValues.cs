using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace ExchangeHub.Core.Common;

/// <summary>
/// Values that never change once they exist, kept by a node as it looks them up. Bounded: past the limit everything is
/// forgotten at once and looked up again, which costs a call each rather than any bookkeeping of ages.
/// </summary>
public sealed class KeptValues<T>(int limit)
    where T : class
{
    private readonly ConcurrentDictionary<string, T> _known = new(StringComparer.Ordinal);

    // Counted apart: the dictionary's own count takes every lock it has.
    private int _count;

    public bool TryGet(string key, [MaybeNullWhen(false)] out T value) => _known.TryGetValue(key, out value);

    public T Keep(string key, T value)
    {
        if (_known.TryAdd(key, value) && Interlocked.Increment(ref _count) > limit)
        {
            _known.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        return value;
    }
}
