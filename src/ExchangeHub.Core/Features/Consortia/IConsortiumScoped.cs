namespace ExchangeHub.Core.Features.Consortia;

/// <summary>A message about one consortium that only some of its people may send; <see cref="ConsortiumAuthorizer{TMessage}"/> checks it.</summary>
public interface IConsortiumScoped
{
    string ConsortiumId { get; }

    bool Allows(ConsortiumRole role);
}
