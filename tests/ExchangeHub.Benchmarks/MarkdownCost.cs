using System.Diagnostics;
using System.Globalization;
using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Tests.Common.Markdown;
using Markdig;

namespace ExchangeHub.Benchmarks;

public sealed record MarkdownResult(
    int Documents, int Rounds, double OursMicroseconds, double RawMicroseconds, double Ratio, double WorstDocumentRatio,
    double ParseMicroseconds, double AdjustMicroseconds, double RenderMicroseconds, double SanitizerMicroseconds);

/// <summary>
/// G5 and B3: the hub's whole pipeline (extensions, adjustments, safe output) against Markdig's bare ToHtml on the same
/// documents. Beside it, what the HTML sanitiser the output no longer goes through (ADR 0006) would add.
/// </summary>
public static class MarkdownCost
{
    // G5 on its own, in seconds rather than the full run's minutes; prints and writes nothing.
    public static int Run(IReadOnlyList<string> args)
    {
        var rounds = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : RunSettings.Full.MarkdownRounds;
        var r = Measure(rounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"G5 Markdown, {r.Documents} documents × {r.Rounds} rounds"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours  {r.OursMicroseconds,8:0.0} µs per document"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bare  {r.RawMicroseconds,8:0.0} µs per document (B3, Markdig ToHtml)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio {r.Ratio,8:0.00}× (limit 3×), worst document {r.WorstDocumentRatio:0.00}× (medians of its rounds)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of ours: parse {r.ParseMicroseconds:0.0} µs, adjustments {r.AdjustMicroseconds:0.0} µs, render {r.RenderMicroseconds:0.0} µs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  HtmlSanitizer on our output, not in production (test oracle): {r.SanitizerMicroseconds:0.0} µs more"));
        return 0;
    }

    public static MarkdownResult Measure(int rounds)
    {
        var documents = Documents();
        var renderer = new MarkdownRenderer();
        var ours = new double[documents.Count, rounds];
        var raw = new double[documents.Count, rounds];
        foreach (var document in documents)
        {
            _ = renderer.ToSafeHtml(document);
            _ = Markdig.Markdown.ToHtml(document);
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < documents.Count; i++)
            {
                // Back to back, so drift in the machine's load falls on both alike.
                var started = Stopwatch.GetTimestamp();
                _ = renderer.ToSafeHtml(documents[i]);
                var middle = Stopwatch.GetTimestamp();
                _ = Markdig.Markdown.ToHtml(documents[i]);
                ours[i, round] = Stopwatch.GetElapsedTime(started, middle).TotalMicroseconds;
                raw[i, round] = Stopwatch.GetElapsedTime(middle).TotalMicroseconds;
            }
        }

        // Per document the medians of its rounds: a document of a few microseconds that happens to meet one
        // preemption of a busy machine would otherwise be the worst by far.
        var worst = Enumerable.Range(0, documents.Count).Max(i => Median(ours, i) / Median(raw, i));
        var oursMean = ours.Cast<double>().Sum() / (rounds * documents.Count);
        var rawMean = raw.Cast<double>().Sum() / (rounds * documents.Count);
        var (parse, adjust, render, sanitizer) = Breakdown(documents, rounds);
        return new MarkdownResult(documents.Count, rounds, oursMean, rawMean, oursMean / rawMean, worst, parse, adjust, render, sanitizer);
    }

    private static double Median(double[,] samples, int document)
    {
        var sorted = Enumerable.Range(0, samples.GetLength(1)).Select(round => samples[document, round]).Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    // Where our time goes (parse, adjustments, render), and what the retired sanitiser pass would add on top.
    private static (double Parse, double Adjust, double Render, double Sanitizer) Breakdown(List<string> documents, int rounds)
    {
        var pipeline = MarkdownPipelines.Create();
        var sanitizer = SafeHtmlSanitizer.Create();
        foreach (var text in documents)
        {
            _ = sanitizer.Sanitize(Markdig.Markdown.ToHtml(text, pipeline));
        }

        double parsing = 0, adjusting = 0, rendering = 0, sanitizing = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in documents)
            {
                var started = Stopwatch.GetTimestamp();
                var document = Markdig.Markdown.Parse(text, pipeline);
                var parsed = Stopwatch.GetTimestamp();
                DocumentAdjustments.Apply(document);
                var adjusted = Stopwatch.GetTimestamp();
                var html = document.ToHtml(pipeline);
                var rendered = Stopwatch.GetTimestamp();
                _ = sanitizer.Sanitize(html);
                parsing += Stopwatch.GetElapsedTime(started, parsed).TotalMicroseconds;
                adjusting += Stopwatch.GetElapsedTime(parsed, adjusted).TotalMicroseconds;
                rendering += Stopwatch.GetElapsedTime(adjusted, rendered).TotalMicroseconds;
                sanitizing += Stopwatch.GetElapsedTime(rendered).TotalMicroseconds;
            }
        }

        var samples = rounds * documents.Count;
        return (parsing / samples, adjusting / samples, rendering / samples, sanitizing / samples);
    }

    // Written as labs write: headings, lists, links, bare URLs, emphasis, code and a table, in Japanese, at several lengths.
    private static List<string> Documents()
    {
        var random = new Random(7);
        string[] sentences =
        [
            "市と地元企業、大学が連携し、**農業用ドローン**の実証に取り組みました。",
            "詳しくは https://example.jp/report を見てください。",
            "[報告書](https://example.jp/labs/report.pdf)に手順をまとめています。",
            "作業時間は約30%減り、担当者の負担が軽くなりました。",
            "課題は `維持費` と、操作に慣れた人材の確保です。",
            "来年度は対象地区を広げ、周辺の自治体とも*共同で*運用します。",
        ];
        var documents = new List<string>();
        foreach (var paragraphs in new[] { 1, 2, 4, 8, 16 })
        {
            for (var variant = 0; variant < 8; variant++)
            {
                var text = new System.Text.StringBuilder();
                text.AppendLine(CultureInfo.InvariantCulture, $"## 事例 {variant}").AppendLine();
                for (var p = 0; p < paragraphs; p++)
                {
                    text.AppendLine(string.Concat(Enumerable.Range(0, 3).Select(_ => sentences[random.Next(sentences.Length)]))).AppendLine();
                    if (p % 3 == 1)
                    {
                        text.AppendLine("- 住民アンケート").AppendLine("- 実証の記録").AppendLine("- KPIの見直し").AppendLine();
                    }

                    if (p % 4 == 2)
                    {
                        text.AppendLine("| 指標 | 前 | 後 |").AppendLine("|---|---|---|").AppendLine("| 作業時間 | 10時間 | 7時間 |").AppendLine();
                    }
                }

                documents.Add(text.ToString());
            }
        }

        return documents;
    }
}
