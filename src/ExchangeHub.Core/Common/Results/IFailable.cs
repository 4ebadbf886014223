namespace ExchangeHub.Core.Common.Results;

/// <summary>A response type that can carry a <see cref="Problem"/>, so pipeline behaviours can fail a request without throwing.</summary>
public interface IFailable<TSelf>
    where TSelf : IFailable<TSelf>
{
    static abstract TSelf Fail(Problem problem);
}
