namespace ExchangeHub.Web.Pages.Threads;

/// <summary>A page with a Markdown body field and its server-side preview.</summary>
public interface IBodyForm
{
    PostInput Input { get; }

    string? PreviewHtml { get; }
}

/// <summary>A page that shows a thread's posts with the box to answer in.</summary>
public interface IDiscussionPage : IBodyForm
{
    ThreadDisplay Discussion { get; }

    string? FormProblem { get; }
}

/// <summary>A page with the form that starts a thread in a space.</summary>
public interface IThreadForm : IBodyForm
{
    string Space { get; }

    string? FormProblem { get; }
}
