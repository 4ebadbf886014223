namespace ExchangeHub.Core.Common.Results;

public interface IHasProblem
{
    Problem? Problem { get; }
}
