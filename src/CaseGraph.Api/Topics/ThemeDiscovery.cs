using System.Globalization;
using CaseGraph.Core.Ingestion;
using CaseGraph.Core.Search;
using CaseGraph.Topics.MLNet;

namespace CaseGraph.Api.Topics;

public sealed record DiscoveredThemesResponse(int CasesRead, IReadOnlyList<DiscoveredTopic> Themes, string Method);

/// <summary>
/// Runs LDA over the newest cases on demand and keeps the last answers: the same cases and parameters give the
/// same (seeded) themes, so a repeated request costs one read of the index, not a new model.
/// </summary>
public sealed class ThemeDiscovery(ISearchIndex index)
{
    public const int MaxCases = 2_000;
    private const int CacheSize = 8;
    private readonly Dictionary<string, DiscoveredThemesResponse> _cache = new();
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    public DiscoveredThemesResponse Discover(int themes, int words)
    {
        var texts = index.RecentCaseTexts(MaxCases);
        var key = ContentHash.Of([themes.ToString(CultureInfo.InvariantCulture), words.ToString(CultureInfo.InvariantCulture), .. texts]);
        lock (_lock)
            if (_cache.TryGetValue(key, out var cached)) return cached;

        var result = new DiscoveredThemesResponse(texts.Count, TopicDiscovery.Discover(texts, themes, words),
            $"seeded ML.NET LDA over the {texts.Count} newest cases (at most {MaxCases}); top words per theme");
        lock (_lock)
        {
            if (_cache.TryAdd(key, result)) _order.Enqueue(key);
            while (_order.Count > CacheSize) _cache.Remove(_order.Dequeue());
        }
        return result;
    }
}
