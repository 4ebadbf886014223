using System.Collections.Concurrent;

namespace ExchangeHub.Core.Tests.Support;

/// <summary>Counts the calls of one method that have reached one grain, for tests that must know a call is inside.</summary>
public sealed class CallArrivals : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<(string Key, string Method), Watch> _watches = new();

    public static Watch WatchFor(string grainKey, string method) => _watches[(grainKey, method)] = new Watch();

    // Counted in the grain's turn, just before the method runs up to its first await.
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (_watches.TryGetValue((context.TargetId.Key.ToString() ?? "", context.MethodName), out var watch))
        {
            watch.Arrive();
        }

        return context.Invoke();
    }

    public sealed class Watch
    {
        private readonly Lock _gate = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> _waiting = [];
        private int _arrived;

        public int Arrived
        {
            get
            {
                lock (_gate)
                {
                    return _arrived;
                }
            }
        }

        public Task WaitForAsync(int count, TimeSpan timeout)
        {
            lock (_gate)
            {
                if (_arrived >= count)
                {
                    return Task.CompletedTask;
                }

                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Add((count, reached));
                return reached.Task.WaitAsync(timeout);
            }
        }

        internal void Arrive()
        {
            lock (_gate)
            {
                _arrived++;
                foreach (var (_, reached) in _waiting.Where(w => w.Count <= _arrived))
                {
                    reached.TrySetResult();
                }
            }
        }
    }
}
