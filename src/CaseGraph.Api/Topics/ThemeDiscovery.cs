using System.Globalization;
using CaseGraph.Core.Ingestion;
using CaseGraph.Core.Search;
using CaseGraph.Topics.MLNet;

namespace CaseGraph.Api.Topics;

public sealed record DiscoveredThemesResponse(int CasesRead, IReadOnlyList<DiscoveredTopic> Themes, string Method);

/// <summary>
/// Runs LDA over the newest cases on demand and keeps the last answers: the same cases and number of themes give
/// the same (seeded) model, so a repeated request, or one asking for fewer words, costs one read of the index.
/// One model trains at a time, so a burst of requests cannot occupy every core.
/// </summary>
public sealed class ThemeDiscovery(ISearchIndex index)
{
    public const int MaxCases = 2_000, MaxWords = 30;
    private const int CacheSize = 8;
    private readonly Dictionary<string, (int CasesRead, IReadOnlyList<DiscoveredTopic> Themes)> _cache = new();
    private readonly Queue<string> _order = new();
    private readonly SemaphoreSlim _training = new(1, 1);

    public async Task<DiscoveredThemesResponse> DiscoverAsync(int themes, int words, CancellationToken ct)
    {
        var texts = index.RecentCaseTexts(MaxCases);
        var key = ContentHash.Of([themes.ToString(CultureInfo.InvariantCulture), .. texts]);
        await _training.WaitAsync(ct);
        try
        {
            if (!_cache.TryGetValue(key, out var model))
            {
                model = (texts.Count, TopicDiscovery.Discover(texts, themes, MaxWords));
                _cache[key] = model;
                _order.Enqueue(key);
                while (_order.Count > CacheSize) _cache.Remove(_order.Dequeue());
            }
            return new DiscoveredThemesResponse(model.CasesRead, model.Themes.Select(t => t with { TopWords = t.TopWords.Take(words).ToList() }).ToList(),
                $"seeded ML.NET LDA over the {model.CasesRead} newest cases (at most {MaxCases}); top words per theme");
        }
        finally
        {
            _training.Release();
        }
    }
}
