using System.Collections.Immutable;
using System.Globalization;
using CaseGraph.Core.Ingestion;
using CaseGraph.Core.Search;
using CaseGraph.Topics.MLNet;

namespace CaseGraph.Api.Topics;

public sealed record DiscoveredThemesResponse(int CasesRead, IReadOnlyList<DiscoveredTopic> Themes, string Method);

/// <summary>
/// Runs LDA over the newest cases on demand and keeps the last answers: the same cases and number of themes give
/// the same (seeded) model, so a repeated request, or one asking for fewer words, costs one read of the index.
/// One model trains at a time, so a burst of requests cannot occupy every core. A request's token ends its wait at
/// once; ML.NET's LDA has no cancellation point inside its iterations, so a training already started finishes in
/// the background, still one at a time, and serves the next request for the same cases.
/// </summary>
public sealed class ThemeDiscovery(ISearchIndex index)
{
    public const int MaxCases = 2_000, MaxWords = 30;
    private const int CacheSize = 8;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Lock _starting = new();

    /// <summary>Trainings by the hash of their input, oldest first: one immutable list behind one volatile reference.</summary>
    private volatile ImmutableList<(string Key, Task<(int CasesRead, IReadOnlyList<DiscoveredTopic> Themes)> Training)> _cache = [];

    public async Task<DiscoveredThemesResponse> DiscoverAsync(int themes, int words, CancellationToken ct)
    {
        IReadOnlyList<string> texts;
        using (var view = index.Pin()) texts = view.RecentCaseTexts(MaxCases, ct);
        var key = ContentHash.Of([themes.ToString(CultureInfo.InvariantCulture), .. texts]);
        var (casesRead, found) = await TrainingFor(key, texts, themes).WaitAsync(ct);
        return new DiscoveredThemesResponse(casesRead, found.Select(t => t with { TopWords = t.TopWords.Take(words).ToList() }).ToList(),
            $"seeded ML.NET LDA over the {casesRead} newest cases (at most {MaxCases}); top words per theme");
    }

    private Task<(int, IReadOnlyList<DiscoveredTopic>)> TrainingFor(string key, IReadOnlyList<string> texts, int themes)
    {
        if (_cache.FirstOrDefault(c => c.Key == key).Training is { IsFaulted: false, IsCanceled: false } cached) return cached;
        lock (_starting)
        {
            var cache = _cache.RemoveAll(c => c.Key == key || c.Training.IsFaulted);
            // On a thread of its own, so that a long training leaves the pool to the requests and their timeouts.
            var training = Task.Factory.StartNew(() =>
            {
                _oneAtATime.Wait();
                try
                {
                    return (texts.Count, TopicDiscovery.Discover(texts, themes, MaxWords));
                }
                finally
                {
                    _oneAtATime.Release();
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            cache = cache.Add((key, training));
            _cache = cache.Count > CacheSize ? cache.RemoveRange(0, cache.Count - CacheSize) : cache;
            return training;
        }
    }
}
