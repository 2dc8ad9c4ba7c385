namespace CaseGraph.Api.Hosting;

/// <summary>
/// A value built for the latest key asked for (a vocabulary's fingerprint), built once: callers that ask for that key
/// while it is being built wait for the same build instead of starting another. A new key replaces the value. One
/// immutable pair behind one reference.
/// </summary>
public sealed class BuiltOncePerKey<T>
{
    private Built? _current;

    private sealed record Built(string Key, Lazy<T> Value);

    public T Get(string key, Func<T> build)
    {
        var seen = Volatile.Read(ref _current);
        if (seen is not null && seen.Key == key) return seen.Value.Value;
        var fresh = new Built(key, new Lazy<T>(build, LazyThreadSafetyMode.ExecutionAndPublication));
        var winner = Interlocked.CompareExchange(ref _current, fresh, seen);
        // Lost the race: take what the other caller published when it is for this key.
        return (winner == seen || winner!.Key != key ? fresh : winner).Value.Value;
    }
}
