using System.Globalization;
using ExchangeHub.Core.Common.Geography;
using Lucene.Net.Documents;
using ThemeInfo = ExchangeHub.Core.Common.Themes.Theme;

namespace ExchangeHub.Core.Features.Search;

/// <summary>The Lucene fields of a search document, and the way back from stored fields to the document.</summary>
public static class SearchFields
{
    public const string Key = "key";
    public const string Type = "type";
    public const string Id = "id";
    public const string Title = "title";
    public const string Text = "text";
    public const string Context = "context";
    public const string LabWords = "labWords";
    public const string Url = "url";
    public const string LabId = "labId";
    public const string LabName = "labName";
    public const string ParentId = "parentId";
    public const string Prefecture = "prefecture";
    public const string Municipality = "municipality";
    public const string Region = "region";
    public const string Theme = "theme";
    public const string Audience = "audience";
    public const string Updated = "updated";

    /// <summary>The same text without long-vowel marks, for ドロン against ドローン.</summary>
    public static string Variant(string field) => field + "_v";

    /// <summary>The most text of one document that is indexed, so that one update has a bounded cost.</summary>
    public const int MaxTextLength = 20_000;

    public static Document ToLucene(SearchDocument document, LabContext? lab)
    {
        var text = document.Text.Length > MaxTextLength ? document.Text[..MaxTextLength] : document.Text;
        var lucene = new Document
        {
            new StringField(Key, document.Key, Field.Store.YES),
            new StringField(Type, document.Type, Field.Store.YES),
            new StoredField(Id, document.Id),
            new TextField(Title, document.Title, Field.Store.YES),
            new TextField(Variant(Title), document.Title, Field.Store.NO),
            new TextField(Text, text, Field.Store.YES),
            new TextField(Variant(Text), text, Field.Store.NO),
            new TextField(Context, OwnContext(document), Field.Store.NO),
            new TextField(LabWords, LabWordsOf(document, lab), Field.Store.NO),
            new StoredField(Url, document.Url),
            new StringField(Audience, document.Audience, Field.Store.YES),
            new NumericDocValuesField(Updated, document.UpdatedAt.UtcTicks),
            new StoredField(Updated, document.UpdatedAt.UtcTicks),
        };
        foreach (var theme in document.Themes)
        {
            lucene.Add(new StringField(Theme, theme, Field.Store.YES));
        }

        AddIfAny(lucene, new StringField(ParentId, document.ParentId ?? "", Field.Store.YES), document.ParentId);
        AddIfAny(lucene, new StringField(LabId, document.LabId ?? "", Field.Store.YES), document.LabId);
        AddIfAny(lucene, new StoredField(LabName, lab?.Name ?? ""), lab?.Name);
        AddIfAny(lucene, new StoredField(Municipality, document.Municipality ?? ""), document.Municipality);
        if (Prefectures.Find(document.Prefecture ?? lab?.Prefecture) is { } prefecture)
        {
            lucene.Add(new StringField(Prefecture, prefecture.Code, Field.Store.YES));
            lucene.Add(new StringField(Region, RegionBlocks.Slug(prefecture.Region), Field.Store.NO));
        }

        return lucene;
    }

    /// <summary>The document as it was indexed, to index it again with a lab's new name or prefecture.</summary>
    public static SearchDocument FromLucene(Document stored) => new(
        Read(stored, Type), Read(stored, Id), Read(stored, Title), Read(stored, Text), Read(stored, Url), Themes(stored),
        Read(stored, Audience), UpdatedAt(stored), Find(stored, LabId), Find(stored, ParentId),
        Read(stored, Type) == SearchTypes.Lab ? Find(stored, Prefecture) : null, Find(stored, Municipality));

    /// <summary>A stored field that every document has.</summary>
    public static string Read(Document stored, string field) => Find(stored, field) ?? "";

    /// <summary>A stored field that some documents have.</summary>
    public static string? Find(Document stored, string field) => stored.Get(field, CultureInfo.InvariantCulture);

    public static string[] Themes(Document stored) => stored.GetValues(Theme, CultureInfo.InvariantCulture);

    public static DateTimeOffset UpdatedAt(Document stored) =>
        new(long.Parse(Read(stored, Updated), CultureInfo.InvariantCulture), TimeSpan.Zero);

    // Words that find a document without being shown: its themes in both languages, and for a lab where it is.
    private static string OwnContext(SearchDocument document)
    {
        var themes = document.Themes.Select(Common.Themes.Themes.Find).OfType<ThemeInfo>().SelectMany(theme => new[] { theme.NameJa, theme.NameEn });
        return string.Join(' ', [.. themes, .. Place(document.Prefecture), document.Municipality]);
    }

    // The name and place of the lab a case study or discussion belongs to: they find it, below the lab itself.
    private static string LabWordsOf(SearchDocument document, LabContext? lab) =>
        document.Type == SearchTypes.Lab || lab is null ? "" : string.Join(' ', [lab.Name, lab.Municipality, .. Place(lab.Prefecture)]);

    private static IEnumerable<string> Place(string? code) => Prefectures.Find(code) is { } prefecture
        ? [prefecture.NameJa, prefecture.NameEn, RegionBlocks.NameJa(prefecture.Region), RegionBlocks.NameEn(prefecture.Region)]
        : [];

    private static void AddIfAny(Document lucene, Field field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            lucene.Add(field);
        }
    }
}
