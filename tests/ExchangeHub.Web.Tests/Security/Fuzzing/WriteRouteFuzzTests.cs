using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using ExchangeHub.Web.Tests.Support;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ExchangeHub.Web.Tests.Security.Fuzzing;

public sealed class WriteRouteFuzzTests(HubServer server)
{
    private const int BodiesPerRoute = 120;
    private const int Seed = 20_261_128;

    [Fact]
    public async Task WriteRoutes_GeneratedFaultyBodies_Only4xxAndNothingStoredChanges()
    {
        var owner = await OwnedResources.CreateAsync(server);
        var routes = WriteRoutes();
        var before = await owner.StableSnapshotAsync();
        var failures = new List<string>();
        var sent = 0;
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();

        foreach (var (route, index) in routes.Select((route, index) => (route, index)))
        {
            var fuzzer = new BodyFuzzer(route.BodyType, route.BodyOptional, Seed + index);
            foreach (var body in fuzzer.Generate(BodiesPerRoute))
            {
                var status = await SendAsync(owner.Person.Client, route, owner.Fill(route.Pattern), body);
                sent++;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status is < 400 or >= 500)
                {
                    failures.Add($"{route.Method} {route.Pattern} → {status}: {body}");
                }
            }
        }

        var elapsed = clock.Elapsed;
        var me = await owner.Person.Client.GetAsync("/api/me", TestContext.Current.CancellationToken);
        var after = await owner.SnapshotAsync();
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{sent} bodies to {routes.Count} routes in {elapsed.TotalSeconds:F1} s; answers: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        failures.Take(40).ToList().ForEach(failure => output?.WriteLine(failure));

        Assert.True(routes.Count >= 20, $"Only {routes.Count} write routes with a JSON body were found.");
        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(before, after);
    }

    private List<WriteRoute> WriteRoutes() => server.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
        .SelectMany(endpoint =>
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
            return methods.Where(method => method is "POST" or "PUT" && accepts?.RequestType is not null)
                .Select(method => new WriteRoute(method, endpoint.RoutePattern.RawText ?? "", accepts!.RequestType!, accepts.IsOptional));
        })
        .OrderBy(route => route.Pattern, StringComparer.Ordinal).ThenBy(route => route.Method, StringComparer.Ordinal)
        .ToList();

    private static async Task<int> SendAsync(HttpClient client, WriteRoute route, string path, FuzzBody body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path) { Content = new ByteArrayContent(body.Bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (int)response.StatusCode;
    }
}
