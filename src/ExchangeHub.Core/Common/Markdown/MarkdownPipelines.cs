using Markdig;

namespace ExchangeHub.Core.Common.Markdown;

internal static class MarkdownPipelines
{
    // Chosen one by one rather than UseAdvancedExtensions: that set includes generic attributes
    // ({#id .class}), which would let authors write ids and classes of their own.
    // Footnotes are left out because they rely on ids, and ids are not kept.
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseCjkFriendlyEmphasis()
            .UseEmphasisExtras()
            .UsePipeTables()
            .UseTaskLists()
            .UseAutoLinks()
            .UseListExtras()
            .UseDefinitionLists()
            .Build();
}
