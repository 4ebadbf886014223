using System.Diagnostics;
using ExchangeHub.Core.Common.Results;
using Mediator;
using Microsoft.Extensions.Logging;

namespace ExchangeHub.Core.Common.Messaging;

/// <summary>Logs each message's name, outcome and duration; never its fields, which may hold passwords.</summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IFailable<TResponse>
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response is IHasProblem { Problem: { } problem })
        {
            logger.LogInformation("{Message} refused: {Kind} in {Elapsed:0.0} ms", typeof(TMessage).Name, problem.Kind, elapsed);
        }
        else
        {
            logger.LogDebug("{Message} handled in {Elapsed:0.0} ms", typeof(TMessage).Name, elapsed);
        }

        return response;
    }
}
