namespace ExchangeHub.Cluster.Tests.Support;

/// <summary>Where the hub's build output is: same configuration as these tests, found from the repository root.</summary>
public static class WebBuild
{
    public static string Dll { get; } = Find();

    private static string Find()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent?.Name ?? "Debug";
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ExchangeHub.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No ExchangeHub.sln above {AppContext.BaseDirectory}.");
        }

        var dll = Path.Combine(root.FullName, "src", "ExchangeHub.Web", "bin", configuration, framework, "ExchangeHub.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the hub first: {dll} is missing.", dll);
    }
}
