using System.Collections.Concurrent;
using Orleans.Storage;

namespace ExchangeHub.Core.Tests.Support;

/// <summary>The test silo's default grain storage: memory, except where a test has armed a fault for one grain.</summary>
public sealed class FaultyGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private static readonly ConcurrentDictionary<string, StoreFault> _faults = new();

    /// <summary>The next <paramref name="failures"/> reads or writes of the grain keyed <paramref name="grainKey"/> fail.</summary>
    public static StoreFault Arm(string grainKey, int failures) => _faults[grainKey] = new StoreFault(failures);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await FailIfArmedAsync(grainId);
        await inner.ReadStateAsync(stateName, grainId, grainState);
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await FailIfArmedAsync(grainId);
        await inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await FailIfArmedAsync(grainId);
        await inner.ClearStateAsync(stateName, grainId, grainState);
    }

    private static Task FailIfArmedAsync(GrainId grainId) =>
        _faults.TryGetValue(grainId.Key.ToString() ?? "", out var fault) ? fault.NextAsync() : Task.CompletedTask;
}

/// <summary>Failures to come for one grain's store; the first holds until the test releases it.</summary>
public sealed class StoreFault(int failures)
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _failures = failures;
    private int _left = failures;

    /// <summary>Completes when the first failing operation has begun.</summary>
    public Task Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    internal async Task NextAsync()
    {
        var left = Interlocked.Decrement(ref _left);
        if (left < 0)
        {
            return;
        }

        if (left == _failures - 1)
        {
            _reached.TrySetResult();
            await _released.Task;
        }

        throw new IOException("The store is unavailable.");
    }
}
