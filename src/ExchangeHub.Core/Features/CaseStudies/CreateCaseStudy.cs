using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Metrics;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Search;
using ExchangeHub.Core.Features.Threads;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.CaseStudies;

public sealed record CreateCaseStudyCommand(string LabId, CaseStudyFields Fields) : ICommand<Result<CaseStudyDetails>>, IRequireSignIn;

public sealed class CreateCaseStudyValidator : AbstractValidator<CreateCaseStudyCommand>
{
    public CreateCaseStudyValidator() => RuleFor(c => c.Fields).NotNull().SetValidator(new CaseStudyFieldsValidator());
}

public sealed class CreateCaseStudyAuthorizer(LabGuard guard) : IAuthorizer<CreateCaseStudyCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(CreateCaseStudyCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.LabId, user, LabRoles.Member);
}

public sealed class CreateCaseStudyHandler(IGrainFactory grains, IMarkdownRenderer markdown, ICurrentUser currentUser, HubMetrics metrics)
    : ICommandHandler<CreateCaseStudyCommand, Result<CaseStudyDetails>>
{
    public async ValueTask<Result<CaseStudyDetails>> Handle(CreateCaseStudyCommand command, CancellationToken cancellationToken)
    {
        var author = await grains.GetGrain<IUserGrain>(currentUser.UserId ?? "").GetAsync();
        if (author is null)
        {
            return Problem.Unauthenticated();
        }

        var fields = CaseStudyFieldsCleaner.Clean(command.Fields);
        var caseStudyId = Ids.New();
        var threadId = Ids.New();
        var created = await grains.GetGrain<ICaseStudyGrain>(caseStudyId)
            .CreateAsync(command.LabId, fields, markdown.ToSafeHtml(fields.Body), threadId, author.DisplayName);
        if (created.IsSuccess)
        {
            await grains.GetGrain<ITopicThreadGrain>(threadId)
                .CreateAsync(new NewThread(Spaces.CaseStudy(caseStudyId), fields.Title, author.Id, author.DisplayName, null));
            await grains.GetGrain<ILabGrain>(command.LabId).PublishCaseStudyAsync(CaseStudyCards.From(created.ValueOrThrow()));
            metrics.PostCreated("case_study");
            SearchIndexing.Upsert(grains, SearchDocuments.CaseStudy(created.ValueOrThrow()));
        }

        return created;
    }
}
