using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Core.Features.Search;

/// <summary>What each kind of content puts in the index. Only spaces everyone signed in may read are indexed.</summary>
public static class SearchDocuments
{
    public static SearchDocument Lab(LabDetails lab, DateTimeOffset updatedAt)
    {
        var fields = lab.Fields;
        var text = string.Join('\n', [.. fields.Needs, .. fields.Offers, MarkdownText.ToPlainText(fields.Vision)]);
        return new(SearchTypes.Lab, lab.Id, fields.Name, text, $"/labs/{lab.Id}", fields.Themes, SearchTypes.Anyone, updatedAt,
            LabId: lab.Id, Prefecture: fields.Prefecture, Municipality: fields.Municipality);
    }

    public static SearchDocument CaseStudy(CaseStudyDetails caseStudy) => new(
        SearchTypes.CaseStudy, caseStudy.Id, caseStudy.Fields.Title,
        caseStudy.Fields.Summary + "\n" + MarkdownText.ToPlainText(caseStudy.Fields.Body), $"/case-studies/{caseStudy.Id}",
        caseStudy.Fields.Themes, SearchTypes.Anyone, caseStudy.UpdatedAt, LabId: caseStudy.LabId);

    /// <summary>The public square and case-study discussions; never a lab's, a consortium's or a mentor request's threads.</summary>
    public static bool IsIndexed(string space) =>
        space == Spaces.Public || space.StartsWith(Spaces.CaseStudyPrefix, StringComparison.Ordinal);

    /// <summary>
    /// A thread by its title and opening post, or null when it is not to be found: a private space, or a case study's
    /// discussion before anyone has written in it (its title is the case study's own).
    /// </summary>
    public static SearchDocument? Thread(ThreadView thread, string? openingMarkdown)
    {
        if (!IsIndexed(thread.Space))
        {
            return null;
        }

        var discussionOf = thread.Space.StartsWith(Spaces.CaseStudyPrefix, StringComparison.Ordinal) ? thread.Space[Spaces.CaseStudyPrefix.Length..] : null;
        if (discussionOf is not null && string.IsNullOrWhiteSpace(openingMarkdown))
        {
            return null;
        }

        return new(SearchTypes.Thread, thread.Id, thread.Title, MarkdownText.ToPlainText(openingMarkdown ?? ""), $"/threads/{thread.Id}", [],
            discussionOf is null ? SearchTypes.SignedIn : SearchTypes.Anyone, thread.CreatedAt, ParentId: discussionOf);
    }
}
