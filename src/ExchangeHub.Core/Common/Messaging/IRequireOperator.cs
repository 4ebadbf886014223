namespace ExchangeHub.Core.Common.Messaging;

/// <summary>Marks a message that only an operator of the programme office may send; anyone else gets 403 and learns nothing.</summary>
public interface IRequireOperator : IRequireSignIn;
