using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Common.Themes;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Threads;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>A lab member asks for a mentor: the request gets its own thread (the body is its first post) and joins the queue.</summary>
public sealed record OpenMentorRequestCommand(string LabId, string Title, string Body, IReadOnlyList<string> Themes, string Urgency)
    : ICommand<Result<OpenedMentorRequest>>, IRequireSignIn;

/// <summary>The request as it was opened (status "open"), with what routing it did.</summary>
public sealed record OpenedMentorRequest(MentorRequestView Request, RoutingResult Routing);

public sealed class OpenMentorRequestValidator : AbstractValidator<OpenMentorRequestCommand>
{
    public OpenMentorRequestValidator()
    {
        RuleFor(c => c.LabId).NotEmpty();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(150);
        RuleFor(c => c.Body).ValidPostBody();
        RuleFor(c => c.Themes).NotNull().NotEmpty().WithMessage(_ => Say.Text("テーマを1つ以上選んでください。", "Choose at least one theme."))
            .Must(t => t.Count <= 5).WithMessage(_ => Say.Text("テーマは5つまで選べます。", "Choose at most 5 themes."));
        RuleForEach(c => c.Themes).Must(Themes.IsKnown)
            .WithMessage(_ => Say.Text("'{PropertyValue}' は登録されていないテーマです。", "'{PropertyValue}' is not a known theme."));
        RuleFor(c => c.Urgency).Must(MentorUrgency.IsKnown)
            .WithMessage(_ => Say.Text("緊急度は low、normal、high のいずれかです。", "Urgency is low, normal or high."));
    }
}

public sealed class OpenMentorRequestAuthorizer(LabGuard labs) : IAuthorizer<OpenMentorRequestCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(OpenMentorRequestCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(message.LabId) ? ValueTask.FromResult<Problem?>(null) : labs.RequireAsync(message.LabId, user, LabRoles.Member);
}

public sealed class OpenMentorRequestHandler(IGrainFactory grains, IMarkdownRenderer markdown, Mentions mentions, ICurrentUser currentUser)
    : ICommandHandler<OpenMentorRequestCommand, Result<OpenedMentorRequest>>
{
    private const int ExcerptLength = 200;

    public async ValueTask<Result<OpenedMentorRequest>> Handle(OpenMentorRequestCommand command, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<IUserGrain>(currentUser.UserId ?? "").GetAsync() is not { } author)
        {
            return Problem.Unauthenticated();
        }

        if (await grains.GetGrain<ILabGrain>(command.LabId).GetAsync() is not { } lab)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        var (requestId, threadId) = (Ids.New(), Ids.New());
        var title = command.Title.Trim();
        var request = grains.GetGrain<IMentorRequestGrain>(requestId);
        var opened = await request.OpenAsync(new NewMentorRequest(lab.Id, lab.Fields.Name, title, Excerpt(command.Body),
            command.Themes.Distinct(StringComparer.Ordinal).ToArray(), command.Urgency, author.Id, author.DisplayName, threadId));
        if (!opened.IsSuccess)
        {
            return opened.Problem;
        }

        // The request exists before its thread, so that the thread's space already knows who may read it.
        var space = Spaces.MentorRequest(requestId);
        var mentioned = await mentions.ResolveAsync(command.Body, space);
        var first = new NewPost(author.Id, author.DisplayName, command.Body, markdown.ToSafeHtml(mentioned.Markdown), null, null, mentioned.UserIds);
        var thread = await grains.GetGrain<ITopicThreadGrain>(threadId).CreateAsync(new NewThread(space, title, author.Id, author.DisplayName, first));
        if (!thread.IsSuccess)
        {
            return thread.Problem;
        }

        var routing = await request.RouteAsync();
        return routing.IsSuccess ? new OpenedMentorRequest(opened.ValueOrThrow(), routing.ValueOrThrow()) : routing.Problem;
    }

    private static string Excerpt(string body)
    {
        var flat = string.Join(' ', body.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= ExcerptLength ? flat : flat[..ExcerptLength] + "…";
    }
}
