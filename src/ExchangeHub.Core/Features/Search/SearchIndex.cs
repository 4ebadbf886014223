using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ExchangeHub.Core.Features.Search;

/// <summary>
/// The Lucene index of labs, case studies and public threads: one writer, a near-real-time reader that an update
/// marks stale and the next search reopens, and a generation that only a clean close writes into the commit.
/// Not thread-safe for writes: its owner (the search grain) serialises them.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string GenerationKey = "generation";
    private static readonly Sort _newestFirst = new(new SortField(SearchFields.Updated, SortFieldType.INT64, true));

    private readonly LuceneDirectory _directory;
    private readonly SearchAnalyzer _analyzer = new();
    private readonly SearchAnalyzer _variantAnalyzer = new(dropLongVowels: true);
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SearchQueries _queries;
    private readonly LabContexts _labs = new();
    private readonly bool _ownsDirectory;
    private bool _stale;

    /// <summary>An index in <paramref name="directory"/>, which stays the caller's to dispose.</summary>
    public SearchIndex(LuceneDirectory directory)
        : this(directory, ownsDirectory: false)
    {
    }

    private SearchIndex(LuceneDirectory directory, bool ownsDirectory)
    {
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        SealedGeneration = ReadGeneration(directory);
        var analyzers = new Dictionary<string, Analyzer>
        {
            [SearchFields.Variant(SearchFields.Title)] = _variantAnalyzer,
            [SearchFields.Variant(SearchFields.Text)] = _variantAnalyzer,
        };
        var config = new IndexWriterConfig(SearchAnalyzer.Version, new PerFieldAnalyzerWrapper(_analyzer, analyzers)) { OpenMode = OpenMode.CREATE_OR_APPEND };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, true, null);
        _queries = new SearchQueries(_analyzer, _variantAnalyzer);
        WithSearcher(_labs.Load);
    }

    /// <summary>The generation written by the last clean close, or null when the folder had no sealed index.</summary>
    public long? SealedGeneration { get; }

    public int Count => _writer.NumDocs;

    /// <summary>Opens the index in a folder; one that cannot be read is derived data, so it is wiped and started anew.</summary>
    public static SearchIndex Open(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            return new SearchIndex(FSDirectory.Open(folder), ownsDirectory: true);
        }
        catch (IOException)
        {
            System.IO.Directory.Delete(folder, recursive: true);
            System.IO.Directory.CreateDirectory(folder);
            return new SearchIndex(FSDirectory.Open(folder), ownsDirectory: true);
        }
    }

    public void Upsert(SearchDocument document)
    {
        var restamp = _labs.Note(document);
        var labId = _labs.LabOf(document);
        var lab = labId is null ? null : _labs.Find(labId);
        _writer.UpdateDocument(new Term(SearchFields.Key, document.Key), SearchFields.ToLucene(document with { LabId = labId }, lab));
        _stale = true;
        if (restamp)
        {
            Restamp(document.Id);
        }
    }

    public void Remove(string type, string id)
    {
        _writer.DeleteDocuments(new Term(SearchFields.Key, SearchDocument.KeyOf(type, id)));
        _labs.Forget(type, id);
        _stale = true;
    }

    /// <summary>Empties the index before a rebuild.</summary>
    public void Clear()
    {
        _writer.DeleteAll();
        _labs.Clear();
        _stale = true;
    }

    /// <summary>Commits with <paramref name="generation"/> in the commit data: the index is complete for that generation.</summary>
    public void Seal(long generation)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture) });
        _writer.Commit();
    }

    public SearchResults Search(SearchRequest request)
    {
        var (query, terms) = _queries.Build(request.Text);
        if (query is null && !request.HasFilter)
        {
            return SearchResults.Empty;
        }

        var filter = SearchQueries.Filter(request);
        var wanted = Math.Max(1, request.Skip + request.Take);
        return WithSearcher(searcher =>
        {
            var top = query is null ? searcher.Search(new MatchAllDocsQuery(), filter, wanted, _newestFirst) : searcher.Search(query, filter, wanted);
            var hits = top.ScoreDocs.Skip(request.Skip)
                .Select(hit => Hit(searcher.Doc(hit.Doc), query is null || float.IsNaN(hit.Score) ? 0 : hit.Score, terms))
                .ToList();
            return new SearchResults(hits, top.TotalHits);
        });
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        if (_ownsDirectory)
        {
            _directory.Dispose();
        }

        _analyzer.Dispose();
        _variantAnalyzer.Dispose();
    }

    // A lab's new name or prefecture, stamped on its case studies and their discussions: as many updates as it has of those.
    private void Restamp(string labId)
    {
        var documents = WithSearcher(searcher =>
        {
            var mine = new BooleanQuery
            {
                { new TermQuery(new Term(SearchFields.LabId, labId)), Occur.MUST },
                { new TermQuery(new Term(SearchFields.Type, SearchTypes.Lab)), Occur.MUST_NOT },
            };
            return searcher.Search(mine, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.Select(hit => SearchFields.FromLucene(searcher.Doc(hit.Doc))).ToList();
        });
        documents.ForEach(Upsert);
    }

    private static SearchHit Hit(Document stored, float score, IReadOnlyList<QueryTerm> terms) => new(
        SearchFields.Read(stored, SearchFields.Type), SearchFields.Read(stored, SearchFields.Id), SearchFields.Read(stored, SearchFields.Title),
        Snippets.Build(SearchFields.Read(stored, SearchFields.Text), terms), score, SearchFields.Read(stored, SearchFields.Url),
        SearchFields.Find(stored, SearchFields.LabId), SearchFields.Find(stored, SearchFields.LabName),
        SearchFields.Find(stored, SearchFields.Prefecture), SearchFields.Themes(stored), SearchFields.UpdatedAt(stored));

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        if (_stale)
        {
            _stale = false;
            _searchers.MaybeRefreshBlocking();
        }

        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static long? ReadGeneration(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        var commit = new SegmentInfos();
        commit.Read(directory);
        return commit.UserData.TryGetValue(GenerationKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var generation)
            ? generation
            : null;
    }
}
