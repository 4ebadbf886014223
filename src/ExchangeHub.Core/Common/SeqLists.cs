namespace ExchangeHub.Core.Common;

/// <summary>Lists that hold one item per seq, as the pages of a thread's events and posts do.</summary>
public static class SeqLists
{
    /// <summary>Puts each item in the place of the one with its seq, or adds it: a list never holds a seq twice.</summary>
    public static void Put<T>(List<T> items, IEnumerable<T> incoming, Func<T, long> seqOf)
    {
        foreach (var item in incoming)
        {
            var seq = seqOf(item);
            var index = items.FindIndex(existing => seqOf(existing) == seq);
            if (index >= 0)
            {
                items[index] = item;
            }
            else
            {
                items.Add(item);
            }
        }
    }
}
