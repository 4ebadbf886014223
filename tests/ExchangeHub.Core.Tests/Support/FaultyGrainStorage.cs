using System.Collections.Concurrent;
using Orleans.Storage;

namespace ExchangeHub.Core.Tests.Support;

/// <summary>The test silo's default grain storage: memory, except where a test has armed a fault for one grain.</summary>
public sealed class FaultyGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private static readonly ConcurrentDictionary<string, StoreFault> _faults = new();

    /// <summary>The next <paramref name="failures"/> reads or writes of the grain keyed <paramref name="grainKey"/> fail.</summary>
    public static StoreFault Arm(string grainKey, int failures) => _faults[grainKey] = new StoreFault(failures, fail: true);

    /// <summary>The next read or write of the grain keyed <paramref name="grainKey"/> waits until released, then goes through.</summary>
    public static StoreFault Hold(string grainKey) => _faults[grainKey] = new StoreFault(1, fail: false);

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

/// <summary>Operations to come on one grain's store, failing or not; the first holds until the test releases it.</summary>
public sealed class StoreFault(int operations, bool fail)
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _operations = operations;
    private int _left = operations;

    /// <summary>Completes when the first of the operations has begun.</summary>
    public Task Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    internal async Task NextAsync()
    {
        var left = Interlocked.Decrement(ref _left);
        if (left < 0)
        {
            return;
        }

        if (left == _operations - 1)
        {
            _reached.TrySetResult();
            await _released.Task;
        }

        if (fail)
        {
            throw new IOException("The store is unavailable.");
        }
    }
}
