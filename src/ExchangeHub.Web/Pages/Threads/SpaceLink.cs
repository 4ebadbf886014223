using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>Where a thread lives, as a name and a link: the public square, a lab, a case study or a consortium.</summary>
public sealed record SpaceLink(string Name, string Url)
{
    public static async Task<SpaceLink?> FindAsync(IMediator mediator, IStringLocalizer text, string space)
    {
        if (space == Spaces.Public)
        {
            return new SpaceLink(text["Threads.PublicSquare"], "/threads");
        }

        if (space.StartsWith(Spaces.LabPrefix, StringComparison.Ordinal))
        {
            var labId = space[Spaces.LabPrefix.Length..];
            return (await mediator.Send(new GetLabQuery(labId))).Value is { } lab ? new SpaceLink(lab.Fields.Name, $"/labs/{lab.Id}") : null;
        }

        if (space.StartsWith(Spaces.CaseStudyPrefix, StringComparison.Ordinal))
        {
            var caseStudyId = space[Spaces.CaseStudyPrefix.Length..];
            return (await mediator.Send(new GetCaseStudyQuery(caseStudyId))).Value is { } caseStudy
                ? new SpaceLink(caseStudy.Fields.Title, $"/case-studies/{caseStudy.Id}")
                : null;
        }

        if (space.StartsWith(Spaces.ConsortiumPrefix, StringComparison.Ordinal))
        {
            var consortiumId = space[Spaces.ConsortiumPrefix.Length..];
            return (await mediator.Send(new GetConsortiumQuery(consortiumId))).Value is { } role
                ? new SpaceLink(role.Consortium.Name, $"/consortia/{role.Consortium.Id}")
                : null;
        }

        return null;
    }

    /// <summary>The kind of a space in a few words, for lists that cannot afford to look every space up.</summary>
    public static string KindOf(IStringLocalizer text, string space) =>
        space == Spaces.Public ? text["Threads.PublicSquare"]
        : space.StartsWith(Spaces.LabPrefix, StringComparison.Ordinal) ? text["Threads.Space.Lab"]
        : space.StartsWith(Spaces.CaseStudyPrefix, StringComparison.Ordinal) ? text["Threads.Space.CaseStudy"]
        : space.StartsWith(Spaces.ConsortiumPrefix, StringComparison.Ordinal) ? text["Threads.Space.Consortium"]
        : text["Threads.Space.Other"];
}
