using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ExchangeHub.Core.Features.Search;

/// <summary>
/// The index's memory of each lab (name, prefecture) and of each case study's lab, so that a case study or a
/// discussion is indexed with its lab's place without asking the lab grain.
/// </summary>
public sealed class LabContexts
{
    private readonly Dictionary<string, LabContext> _labs = [];
    private readonly Dictionary<string, string> _caseStudyLabs = [];

    /// <summary>Remembers what a document says of its lab; true when a known lab changed name or place.</summary>
    public bool Note(SearchDocument document)
    {
        if (document.Type == SearchTypes.CaseStudy && document.LabId is { } owner)
        {
            _caseStudyLabs[document.Id] = owner;
        }

        if (document.Type != SearchTypes.Lab)
        {
            return false;
        }

        var context = new LabContext(document.Title, document.Prefecture ?? "", document.Municipality ?? "");
        var changed = _labs.TryGetValue(document.Id, out var known) && known != context;
        _labs[document.Id] = context;
        return changed;
    }

    /// <summary>The lab a document belongs to: its own, or for a discussion the lab of its case study.</summary>
    public string? LabOf(SearchDocument document) =>
        document.LabId ?? (document.ParentId is { } parent && _caseStudyLabs.TryGetValue(parent, out var labId) ? labId : null);

    public LabContext? Find(string labId) => _labs.GetValueOrDefault(labId);

    public void Forget(string type, string id)
    {
        _labs.Remove(type == SearchTypes.Lab ? id : "");
        _caseStudyLabs.Remove(type == SearchTypes.CaseStudy ? id : "");
    }

    public void Clear()
    {
        _labs.Clear();
        _caseStudyLabs.Clear();
    }

    /// <summary>Reads the labs and case studies already in the index when it is opened.</summary>
    public bool Load(IndexSearcher searcher)
    {
        foreach (var type in new[] { SearchTypes.Lab, SearchTypes.CaseStudy })
        {
            var hits = searcher.Search(new TermQuery(new Term(SearchFields.Type, type)), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs;
            foreach (var hit in hits)
            {
                Note(SearchFields.FromLucene(searcher.Doc(hit.Doc)));
            }
        }

        return true;
    }
}
