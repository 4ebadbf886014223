using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Common.Themes;
using ExchangeHub.Core.Features.Accounts;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>Creates or changes the caller's mentor profile; the caller is a mentor from then on.</summary>
public sealed record SaveMentorProfileCommand(MentorProfileFields Fields) : ICommand<Result<MentorProfile>>, IRequireSignIn;

public sealed class SaveMentorProfileValidator : AbstractValidator<SaveMentorProfileCommand>
{
    public SaveMentorProfileValidator() => RuleFor(c => c.Fields).NotNull().SetValidator(new MentorProfileFieldsValidator());
}

public sealed class MentorProfileFieldsValidator : AbstractValidator<MentorProfileFields>
{
    public MentorProfileFieldsValidator()
    {
        RuleFor(f => f.Expertise).NotNull().NotEmpty().WithMessage(_ => Say.Text("専門のテーマを1つ以上選んでください。", "Choose at least one theme of expertise."))
            .Must(e => e.Count <= Themes.All.Count).WithMessage(_ => Say.Text("テーマが多すぎます。", "Too many themes."));
        RuleForEach(f => f.Expertise).Must(Themes.IsKnown)
            .WithMessage(_ => Say.Text("'{PropertyValue}' は登録されていないテーマです。", "'{PropertyValue}' is not a known theme."));
        RuleFor(f => f.Bio).NotNull().MaximumLength(5_000);
        RuleFor(f => f.Languages).Must(l => l is null || l.Count <= 10)
            .WithMessage(_ => Say.Text("言語は10件までです。", "List at most 10 languages."));
        RuleForEach(f => f.Languages).NotEmpty().MaximumLength(20);
        RuleFor(f => f.Capacity).InclusiveBetween(1, MentorProfileFields.MaxCapacity).When(f => f.Capacity is not null)
            .WithMessage(_ => Say.Text($"同時に受ける件数は1〜{MentorProfileFields.MaxCapacity}です。", $"Capacity is from 1 to {MentorProfileFields.MaxCapacity}."));
    }
}

public sealed class SaveMentorProfileHandler(IGrainFactory grains, IMarkdownRenderer markdown, ICurrentUser currentUser)
    : ICommandHandler<SaveMentorProfileCommand, Result<MentorProfile>>
{
    public async ValueTask<Result<MentorProfile>> Handle(SaveMentorProfileCommand command, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<IUserGrain>(currentUser.UserId ?? "").GetAsync() is not { } user)
        {
            return Problem.Unauthenticated();
        }

        var fields = command.Fields with
        {
            Expertise = command.Fields.Expertise.Distinct(StringComparer.Ordinal).ToArray(),
            Bio = command.Fields.Bio.Trim(),
            Languages = command.Fields.Languages?.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        };
        return await grains.GetGrain<IMentorGrain>(user.Id).SaveAsync(user.DisplayName, fields, markdown.ToSafeHtml(fields.Bio));
    }
}
