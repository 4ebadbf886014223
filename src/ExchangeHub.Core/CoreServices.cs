using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Metrics;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Applications;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Search;
using ExchangeHub.Core.Features.Threads;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ExchangeHub.Core;

public static class CoreServices
{
    /// <summary>Registers what handlers and grains need; the host adds the mediator, <see cref="Common.Live.ILiveFeed"/> and <see cref="Common.Security.ICurrentUser"/>.</summary>
    public static IServiceCollection AddExchangeHubCore(this IServiceCollection services)
    {
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<IPasswordHasher<UserState>, PasswordHasher<UserState>>();
        services.AddSingleton<LabGuard>();
        services.AddSingleton<EventLog>();
        services.AddSingleton<HubMetrics>();
        services.AddSingleton<SpaceAccess>();
        services.AddSingleton<StreamAccess>();
        services.AddSingleton<SpaceRevocation>();
        services.AddSingleton<Mentions>();
        services.AddSingleton<ThreadPlaces>();
        services.AddSingleton<PersonNames>();
        services.AddScoped<ThreadGuard>();
        services.AddScoped<ConsortiumGuard>();
        services.AddSingleton<ApplicationAccess>();
        services.AddSingleton<ApplicationReader>();
        services.AddOptions<AccountOptions>();
        services.TryAddKeyedSingleton(AccountOptions.ClockKey, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddOptions<MentorOptions>();
        services.TryAddKeyedSingleton(MentorOptions.ClockKey, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddSingleton<MentorGuard>();
        services.AddScoped<MentorRequestGuard>();
        services.AddOptions<SearchIndexOptions>();
        services.AddSingleton<SearchSources>();
        // A validator builds its rules when constructed and holds nothing else, so one serves every request.
        AddImplementations(services, typeof(IValidator<>), ServiceLifetime.Singleton);
        AddImplementations(services, typeof(IAuthorizer<>), ServiceLifetime.Scoped);
        services.AddScoped(typeof(IAuthorizer<>), typeof(ConsortiumAuthorizer<>));
        return services;
    }

    private static void AddImplementations(IServiceCollection services, Type openInterface, ServiceLifetime lifetime)
    {
        var implementations = typeof(CoreServices).Assembly.GetTypes().Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false });
        foreach (var type in implementations)
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface))
            {
                services.Add(new ServiceDescriptor(contract, type, lifetime));
            }
        }
    }
}
