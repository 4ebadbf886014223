using System.Globalization;
using ExchangeHub.Benchmarks;

// Usage: dotnet run -c Release --project tests/ExchangeHub.Benchmarks            the full run; writes docs/benchmarks/results.*
//        dotnet run --project tests/ExchangeHub.Benchmarks -- smoke             every path in seconds; no thresholds, writes nothing into docs/
//        dotnet run -c Release --project tests/ExchangeHub.Benchmarks -- search [labs] [case-studies] [rounds]
//        dotnet run -c Release --project tests/ExchangeHub.Benchmarks -- markdown [rounds]   G5 alone, printed, writes nothing
//        dotnet run -c Release --project tests/ExchangeHub.Benchmarks -- load [senders] [seconds] [subscribers]   one G3 step held against a fresh hub (for a profiler), then the bare one
//        dotnet run -c Release --project tests/ExchangeHub.Benchmarks -- fanout [subscribers] [samples] [rounds] [pause ms]   G1 alone against B1 and B4, printed
//        dotnet run -c Release --project tests/ExchangeHub.Benchmarks -- grains [calls] [writes] [rounds]   G4 alone against B2 and B4, printed
if (args is ["baseline-host", .. var hostArgs])
{
    return await BaselineHost.RunAsync(hostArgs);
}

if (args is ["markdown", .. var markdownArgs])
{
    return MarkdownCost.Run(markdownArgs);
}

var root = RepositoryRoot();
var commit = GitCommit() ?? "unknown";
if (args is ["search", .. var searchArgs])
{
    return SearchBenchmark.Run(root, commit, searchArgs);
}

var settings = args is ["smoke", ..] ? RunSettings.Smoke : RunSettings.Full;

// The hub of the same configuration as this program: Release for the full run, whatever was built for the smoke run.
var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Release";
var webDll = Path.Combine(root, "src", "ExchangeHub.Web", "bin", configuration, "net10.0", "ExchangeHub.Web.dll");
if (!File.Exists(webDll))
{
    Console.Error.WriteLine($"Build the hub first ({webDll} is missing).");
    return 1;
}

if (args is ["load", .. var loadArgs])
{
    return await LoadProbe.RunAsync(webDll, loadArgs);
}

if (args is ["fanout", .. var fanOutArgs])
{
    return await FanOutProbe.RunAsync(webDll, fanOutArgs);
}

if (args is ["grains", .. var grainArgs])
{
    return await GrainProbe.RunAsync(webDll, grainArgs);
}

if (settings == RunSettings.Full && configuration != "Release")
{
    Console.Error.WriteLine("The full run measures a Release build: dotnet run -c Release --project tests/ExchangeHub.Benchmarks");
    return 1;
}

var results = new RunResults
{
    Settings = settings,
    Commit = commit,
    Machine = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, {Memory.TotalGigabytes():0} GB; .NET {Environment.Version}; {configuration} build"),
};
await new FullRun(settings, webDll, results).RunAsync();
Goals.Evaluate(results, thresholds: settings == RunSettings.Full);
var folder = settings == RunSettings.Full
    ? Path.Combine(root, "docs", "benchmarks")
    : Path.Combine(Path.GetTempPath(), "exchangehub-bench-smoke-" + Guid.NewGuid().ToString("N"));
Report.Write(results, folder);
Console.WriteLine(Report.Markdown(results));
Console.WriteLine($"Written to {folder}");
if (settings != RunSettings.Full)
{
    Directory.Delete(folder, recursive: true);
}

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

// A worktree's .git is a file; git itself reads it.
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
