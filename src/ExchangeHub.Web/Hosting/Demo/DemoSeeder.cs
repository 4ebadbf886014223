using System.Security.Claims;
using System.Text.Json;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Operator;
using ExchangeHub.Web.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Web.Hosting.Demo;

/// <summary>
/// Fills an empty store with the demo labs, people and case studies when ExchangeHub:SeedDemoData is on. It goes
/// through the same commands as people do, so the demo obeys every rule the product has.
/// </summary>
public sealed class DemoSeeder(IServiceScopeFactory scopes, IGrainFactory grains, IOptions<ExchangeHubOptions> options, ILogger<DemoSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData || await grains.GetGrain<ILabDirectoryGrain>(0).CountAsync() > 0)
        {
            return;
        }

        var data = await LoadAsync(cancellationToken);
        var people = new Dictionary<string, UserProfile>();
        foreach (var user in data.Users)
        {
            var registered = await SendAsync(null, new RegisterCommand(user.Email, user.Password, user.DisplayName), cancellationToken);
            if (registered.IsSuccess)
            {
                people[user.Key] = registered.ValueOrThrow();
            }
        }

        var labIds = new List<string>();
        foreach (var lab in data.Labs)
        {
            if (await SeedLabAsync(lab, people, cancellationToken) is { } labId)
            {
                labIds.Add(labId);
            }
        }

        // The demo operator approves every lab but the last, which waits in the operator console's queue.
        if (people.TryGetValue(OperatorKey, out var office))
        {
            foreach (var labId in labIds.SkipLast(1))
            {
                await SendAsync(office, new ApproveLabCommand(labId), cancellationToken);
            }
        }

        logger.LogInformation("Demo data: {Users} people and {Labs} labs created", people.Count, data.Labs.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private const string OperatorKey = "office";

    private async Task<string?> SeedLabAsync(DemoLab lab, Dictionary<string, UserProfile> people, CancellationToken cancellationToken)
    {
        var admin = people[lab.Admin];
        var kpis = lab.Kpis?.Select(k => new Kpi(k.Indicator, k.Unit, k.Baseline, k.Target, null, new DateOnly(k.DueYear, 3, 31))).ToList();
        var fields = new LabFields(lab.Name, lab.Prefecture, lab.Municipality, lab.Programme, lab.Themes, lab.Needs, lab.Offers, lab.Vision, kpis);
        var created = await SendAsync(admin, new CreateLabCommand(fields), cancellationToken);
        if (!created.IsSuccess)
        {
            logger.LogWarning("Demo lab {Lab} was refused: {Problem}", lab.Key, created.Problem.Detail);
            return null;
        }

        var labId = created.ValueOrThrow().Id;
        foreach (var member in lab.Members)
        {
            await SendAsync(admin, new AddLabMemberCommand(labId, people[member].Email, LabRoles.Member), cancellationToken);
        }

        foreach (var caseStudy in lab.CaseStudies)
        {
            var caseStudyFields = new CaseStudyFields(caseStudy.Title, caseStudy.Summary, caseStudy.Body, caseStudy.Themes);
            await SendAsync(people[caseStudy.Author], new CreateCaseStudyCommand(labId, caseStudyFields), cancellationToken);
        }

        return labId;
    }

    private async Task<TResponse> SendAsync<TResponse>(UserProfile? actor, ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (actor is not null)
        {
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, actor.Id), .. actor.Roles.Select(role => new Claim(ClaimTypes.Role, role))], "demo");
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = new ClaimsPrincipal(identity);
        }

        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }

    private static async Task<DemoData> LoadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(DemoSeeder).Assembly.GetManifestResourceStream("ExchangeHub.Web.Hosting.Demo.demo-data.json")
            ?? throw new InvalidOperationException("The demo data is missing from the assembly.");
        return await JsonSerializer.DeserializeAsync<DemoData>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidOperationException("The demo data is empty.");
    }
}
