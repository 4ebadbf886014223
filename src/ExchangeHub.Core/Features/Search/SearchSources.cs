using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Core.Features.Search;

/// <summary>
/// Reads every searchable document from the grains that own the content, for a rebuild: the directory's labs, each
/// lab (labs first, so their case studies find them), each case study and its discussion, the public square's threads.
/// </summary>
public sealed class SearchSources(IGrainFactory grains)
{
    private const int PageSize = 200;

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync()
    {
        foreach (var summary in await grains.GetGrain<ILabDirectoryGrain>(0).ListAllAsync())
        {
            if (await grains.GetGrain<ILabGrain>(summary.Id).GetAsync() is not { } lab)
            {
                continue;
            }

            yield return SearchDocuments.Lab(lab, summary.UpdatedAt);
            var caseStudies = await Task.WhenAll(lab.CaseStudies.Select(card => grains.GetGrain<ICaseStudyGrain>(card.Id).GetAsync()));
            foreach (var caseStudy in caseStudies.OfType<CaseStudyDetails>())
            {
                yield return SearchDocuments.CaseStudy(caseStudy);
                if (await ThreadAsync(caseStudy.ThreadId) is { } discussion)
                {
                    yield return discussion;
                }
            }
        }

        for (var skip = 0; ; skip += PageSize)
        {
            var page = await grains.GetGrain<ISpaceGrain>(Spaces.Public).ListAsync(skip, PageSize);
            foreach (var summary in page)
            {
                if (await ThreadAsync(summary.Id) is { } thread)
                {
                    yield return thread;
                }
            }

            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }

    private async Task<SearchDocument?> ThreadAsync(string threadId)
    {
        var thread = grains.GetGrain<ITopicThreadGrain>(threadId);
        if (await thread.GetAsync() is not { } view)
        {
            return null;
        }

        var opening = await thread.GetPostsAsync(0, 1);
        return SearchDocuments.Thread(view, opening.Value is [var first, ..] ? first.Body : null);
    }
}
