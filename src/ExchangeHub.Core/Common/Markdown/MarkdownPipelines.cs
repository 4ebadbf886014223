using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace ExchangeHub.Core.Common.Markdown;

internal static class MarkdownPipelines
{
    // Chosen one by one rather than UseAdvancedExtensions: that set includes generic attributes
    // ({#id .class}), which would let authors write ids and classes of their own.
    // Footnotes are left out because they rely on ids, and ids are not kept; list extras because
    // "A. 回答" would become a list. Of the emphasis extras only ~~strikethrough~~: single tildes are
    // how Japanese text often writes ranges (10~20人).
    // A line break in a paragraph is kept, as people writing Japanese expect, rather than becoming a space.
    // SafeHtmlOutput comes last: it replaces renderers the extensions before it set up.
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseCjkFriendlyEmphasis()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseSoftlineBreakAsHardlineBreak()
            .UsePipeTables()
            .UseTaskLists()
            .UseAutoLinks(JapaneseAutoLinks.Options)
            .Use<SafeHtmlOutput>()
            .Build();
}
