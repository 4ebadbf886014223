using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Common.Themes;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Search;

/// <summary>Finds labs, case studies and public threads, best first; with no text, the newest matching the filters.</summary>
public sealed record SearchQuery(string? Text, string? Type = null, string? Prefecture = null, string? Region = null, string? Theme = null, int Skip = 0, int Take = 20)
    : IQuery<Result<SearchResults>>;

public sealed class SearchValidator : AbstractValidator<SearchQuery>
{
    public const int MaxTextLength = 200;
    public const int MaxSkip = 1000;
    public const int MaxTake = 50;

    public SearchValidator()
    {
        RuleFor(q => q.Text).MaximumLength(MaxTextLength)
            .WithMessage(_ => Say.Text($"検索語は{MaxTextLength}文字までにしてください。", $"Keep the search to {MaxTextLength} characters."))
            .Must(text => text is null || !text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            .WithMessage(_ => Say.Text("検索語に制御文字は使えません。", "The search may not contain control characters."));
        RuleFor(q => q.Type).Must(type => type is null || SearchTypes.All.Contains(type))
            .WithMessage(_ => Say.Text("種類は lab、case-study、thread のいずれかです。", "Type is lab, case-study or thread."));
        RuleFor(q => q.Prefecture).Must(code => code is null || Prefectures.Find(code) is not null)
            .WithMessage(_ => Say.Text("都道府県は \"01\"〜\"47\" のコードで指定してください。", "Use a prefecture code from \"01\" to \"47\"."));
        RuleFor(q => q.Region).Must(slug => slug is null || RegionBlocks.TryParseSlug(slug, out _))
            .WithMessage(_ => Say.Text("地方は hokkaido、tohoku などの名前で指定してください。", "Use a region block such as hokkaido or tohoku."));
        RuleFor(q => q.Theme).Must(theme => theme is null || Themes.IsKnown(theme))
            .WithMessage(_ => Say.Text("登録されていないテーマです。", "This is not a known theme."));
        RuleFor(q => q.Skip).InclusiveBetween(0, MaxSkip);
        RuleFor(q => q.Take).InclusiveBetween(1, MaxTake);
    }
}

public sealed class SearchHandler(IGrainFactory grains, ICurrentUser user) : IQueryHandler<SearchQuery, Result<SearchResults>>
{
    public async ValueTask<Result<SearchResults>> Handle(SearchQuery query, CancellationToken cancellationToken) =>
        await grains.GetGrain<ISearchIndexGrain>(0).SearchAsync(new SearchRequest(
            query.Text?.Trim() ?? "", query.Type, query.Prefecture, query.Region, query.Theme, user.IsAuthenticated, query.Skip, query.Take));
}
