using CaseGraph.Api.Hosting;

namespace CaseGraph.Api.Tests;

/// <summary>The identifier screen's holder: callers that ask at once share one build; a new key builds anew.</summary>
public class BuiltOncePerKeyTests
{
    [Fact]
    public async Task Callers_asking_at_once_for_one_key_share_one_build()
    {
        var holder = new BuiltOncePerKey<object>();
        var builds = 0;
        using var release = new ManualResetEventSlim();
        object Build()
        {
            Interlocked.Increment(ref builds);
            release.Wait(TimeSpan.FromSeconds(10)); // a slow build: the other callers arrive while it runs
            return new object();
        }

        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => holder.Get("vocabulary-1", Build))).ToList();
        await Task.Delay(200);
        release.Set();
        var values = await Task.WhenAll(callers);

        Assert.Equal(1, builds);
        Assert.All(values, v => Assert.Same(values[0], v));
    }

    [Fact]
    public void The_same_key_is_built_once_and_a_new_key_replaces_it()
    {
        var holder = new BuiltOncePerKey<string>();
        var builds = 0;

        var first = holder.Get("a", () => $"built {++builds}");
        var again = holder.Get("a", () => $"built {++builds}");
        var other = holder.Get("b", () => $"built {++builds}");

        Assert.Equal(("built 1", "built 1", "built 2"), (first, again, other));
    }
}
