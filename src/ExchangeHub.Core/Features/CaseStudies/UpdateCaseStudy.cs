using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Search;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.CaseStudies;

public sealed record UpdateCaseStudyCommand(string CaseStudyId, CaseStudyFields Fields)
    : ICommand<Result<CaseStudyDetails>>, IRequireSignIn;

public sealed class UpdateCaseStudyValidator : AbstractValidator<UpdateCaseStudyCommand>
{
    public UpdateCaseStudyValidator() => RuleFor(c => c.Fields).NotNull().SetValidator(new CaseStudyFieldsValidator());
}

public sealed class UpdateCaseStudyAuthorizer(IGrainFactory grains, LabGuard guard) : IAuthorizer<UpdateCaseStudyCommand>
{
    public async ValueTask<Problem?> AuthorizeAsync(
        UpdateCaseStudyCommand message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var labId = await grains.GetGrain<ICaseStudyGrain>(message.CaseStudyId).GetLabIdAsync();
        return labId is null ? Problem.NotFound("事例", "The case study") : await guard.RequireAsync(labId, user, LabRoles.Member);
    }
}

public sealed class UpdateCaseStudyHandler(IGrainFactory grains, IMarkdownRenderer markdown, ICurrentUser currentUser)
    : ICommandHandler<UpdateCaseStudyCommand, Result<CaseStudyDetails>>
{
    public async ValueTask<Result<CaseStudyDetails>> Handle(UpdateCaseStudyCommand command, CancellationToken cancellationToken)
    {
        var editor = await grains.GetGrain<IUserGrain>(currentUser.UserId ?? "").GetAsync();
        if (editor is null)
        {
            return Problem.Unauthenticated();
        }

        var fields = CaseStudyFieldsCleaner.Clean(command.Fields);
        var revised = await grains.GetGrain<ICaseStudyGrain>(command.CaseStudyId)
            .ReviseAsync(fields, markdown.ToSafeHtml(fields.Body), editor.DisplayName);
        if (revised.IsSuccess)
        {
            var details = revised.ValueOrThrow();
            await grains.GetGrain<ILabGrain>(details.LabId).PublishCaseStudyAsync(CaseStudyCards.From(details));
            SearchIndexing.Upsert(grains, SearchDocuments.CaseStudy(details));
        }

        return revised;
    }
}
