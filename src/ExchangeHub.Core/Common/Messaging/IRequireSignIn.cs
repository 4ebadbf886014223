namespace ExchangeHub.Core.Common.Messaging;

/// <summary>Marks a message that only a signed-in person may send.</summary>
public interface IRequireSignIn;
