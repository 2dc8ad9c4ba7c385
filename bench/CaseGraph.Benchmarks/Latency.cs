using System.Diagnostics;

namespace CaseGraph.Benchmarks;

/// <summary>Times calls and reports percentiles in milliseconds.</summary>
public sealed class Latency
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;
    public IReadOnlyList<double> Samples => _ms;

    public T Time<T>(Func<T> call)
    {
        var started = Stopwatch.GetTimestamp();
        var result = call();
        _ms.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public async Task<T> TimeAsync<T>(Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await call();
        _ms.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public double Percentile(double p) => Percentile(_ms, p);

    /// <summary>The nearest-rank percentile of the samples.</summary>
    public static double Percentile(IReadOnlyList<double> samples, double p)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
