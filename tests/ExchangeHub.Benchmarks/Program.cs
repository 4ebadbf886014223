using System.Globalization;
using System.Text;
using System.Text.Json;
using ExchangeHub.Benchmarks;

// Usage: dotnet run -c Release --project tests/ExchangeHub.Benchmarks -- [long-thread-length] [samples]
//    or: dotnet run -c Release --project tests/ExchangeHub.Benchmarks -- search [labs] [case-studies] [rounds]
if (args is ["search", .. var searchArgs])
{
    return SearchBenchmark.Run(RepositoryRoot(), GitCommit() ?? Commit(RepositoryRoot()), searchArgs);
}

var longLength = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var samples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
var root = RepositoryRoot();
var webDll = Path.Combine(root, "src", "ExchangeHub.Web", "bin", "Release", "net10.0", "ExchangeHub.Web.dll");
if (!File.Exists(webDll))
{
    Console.Error.WriteLine($"Build the hub first: dotnet build -c Release ({webDll} is missing).");
    return 1;
}

await using var hub = await HubProcess.StartAsync(webDll);
var results = await new ThreadLengthBenchmark(hub.Address, longLength, samples).RunAsync();
var ratioP50 = results["post, long"].P50 / results["post, 10 posts"].P50;
var ratioP95 = results["post, long"].P95 / results["post, 10 posts"].P95;
var deliveryRatio = results["delivery, long"].P50 / results["delivery, 10 posts"].P50;

var report = new StringBuilder()
    .AppendLine("# Thread length: post latency on a long thread against a short one")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}; .NET {Environment.Version}; commit {Commit(root)}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.")
    .AppendLine(CultureInfo.InvariantCulture, $"Hub: its own process, embedded SQLite store, Release build. Long thread: {longLength:N0} posts; short: 10. Samples: {samples} each, alternating, first 10% dropped as warm-up.")
    .AppendLine()
    .AppendLine("| measure | n | p50 ms | p95 ms | p99 ms | mean ms |")
    .AppendLine("|---|---|---|---|---|---|");
foreach (var (name, stats) in results)
{
    report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {stats.Count} | {stats.P50:0.00} | {stats.P95:0.00} | {stats.P99:0.00} | {stats.Mean:0.00} |");
}

report.AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Long / short, POST p50: **{ratioP50:0.00}×**, p95: **{ratioP95:0.00}×**; delivery p50: **{deliveryRatio:0.00}×** (goal: within 1.2×).");
var folder = Path.Combine(root, "docs", "benchmarks");
Directory.CreateDirectory(folder);
await File.WriteAllTextAsync(Path.Combine(folder, "thread-length.md"), report.ToString());
await File.WriteAllTextAsync(Path.Combine(folder, "thread-length.json"), JsonSerializer.Serialize(new { longLength, samples, results, ratioP50, ratioP95, deliveryRatio }, new JsonSerializerOptions(JsonSerializerOptions.Web) { WriteIndented = true }));
Console.WriteLine(report);
return 0;

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ExchangeHub.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
}

// A worktree's .git is a file, which Commit cannot read; git itself can.
static string? GitCommit()
{
    try
    {
        using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["rev-parse", "--short=12", "HEAD"]) { RedirectStandardOutput = true });
        var commit = git?.StandardOutput.ReadToEnd().Trim();
        git?.WaitForExit();
        return string.IsNullOrEmpty(commit) ? null : commit;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }
}

static string Commit(string root)
{
    var head = Path.Combine(root, ".git", "HEAD");
    if (!File.Exists(head))
    {
        return "unknown";
    }

    var reference = File.ReadAllText(head).Trim();
    var refFile = reference.StartsWith("ref: ", StringComparison.Ordinal) ? Path.Combine(root, ".git", reference[5..]) : null;
    return refFile is not null && File.Exists(refFile) ? File.ReadAllText(refFile).Trim()[..12] : reference[..Math.Min(12, reference.Length)];
}
