namespace ExchangeHub.Benchmarks;

/// <summary>One query of the search benchmark: how many documents each engine found and its median time.</summary>
public sealed record QueryRow(string Query, int Lucene, int Linear, double LuceneP50, double LinearP50);
