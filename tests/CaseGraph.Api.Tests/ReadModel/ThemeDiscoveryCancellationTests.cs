using System.Diagnostics;
using CaseGraph.Api.Topics;
using CaseGraph.Core.Search;
using CaseGraph.Indexing.Corpus;

namespace CaseGraph.Api.Tests.ReadModel;

/// <summary>Runs alone: other tests of this assembly blocking pool threads would delay the cancelled wait's continuation.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ThemeDiscoveryAlone
{
    public const string Name = "theme discovery, alone";
}

/// <summary>LDA on demand: a request's token ends its wait at once, and the training it started still serves the next request.</summary>
[Collection(ThemeDiscoveryAlone.Name)]
public class ThemeDiscoveryCancellationTests
{
    [Fact]
    public async Task A_token_ends_a_long_discovery_request_at_once_and_the_training_serves_the_next_request()
    {
        var bundled = CorpusReader.Read(BundledKestrelFactory.BundledCorpus).Cases.Select(c => c.Item.SearchText).ToList();
        var texts = Enumerable.Range(0, ThemeDiscovery.MaxCases).Select(i => $"{bundled[i % bundled.Count]} visit{i % 97}").ToList();
        var discovery = new ThemeDiscovery(new RecentTexts(texts));

        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var asked = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => discovery.DiscoverAsync(themes: 8, words: 10, soon.Token));
        var cancelledAfter = asked.Elapsed;

        var answered = await discovery.DiscoverAsync(themes: 8, words: 10, CancellationToken.None);
        var trainedAfter = asked.Elapsed;
        Assert.Equal(8, answered.Themes.Count);
        Assert.Equal(ThemeDiscovery.MaxCases, answered.CasesRead);
        Assert.True(trainedAfter > cancelledAfter + TimeSpan.FromMilliseconds(300),
            $"the training ({trainedAfter.TotalMilliseconds:F0} ms) must outlast the cancelled wait ({cancelledAfter.TotalMilliseconds:F0} ms) for this test to mean anything");
        // A ratio, not a wall-clock budget: the machine is shared with other test assemblies.
        Assert.True(cancelledAfter < trainedAfter / 2, $"the cancelled request waited {cancelledAfter.TotalMilliseconds:F0} ms of a {trainedAfter.TotalMilliseconds:F0} ms training");
    }

    /// <summary>An index whose newest cases have these texts; nothing else is read by discovery.</summary>
    private sealed class RecentTexts(IReadOnlyList<string> texts) : ISearchIndex, ISearchView
    {
        public ISearchView Pin() => this;
        public SearchModel Model => SearchModel.Empty;
        public IReadOnlyList<string> RecentCaseTexts(int limit, CancellationToken ct) => [.. texts.Take(limit)];
        public IndexPage Search(IndexQuery query, CancellationToken ct) => throw new NotSupportedException();
        public IReadOnlySet<string> MatchingIds(IndexQuery query, CancellationToken ct) => throw new NotSupportedException();
        public StoredCase? GetCase(string caseId, CancellationToken ct) => throw new NotSupportedException();
        public Core.Model.GuidelinePassage? GetPassage(string passageId, CancellationToken ct) => throw new NotSupportedException();
        public IReadOnlyList<TextMatch> MoreLikeThis(string caseId, int limit, CancellationToken ct) => throw new NotSupportedException();
        public IReadOnlyList<TextMatch> MoreLikeThisText(string text, int limit, CancellationToken ct) => throw new NotSupportedException();
        public IReadOnlyList<MonthCounts> MonthlyTopicCounts(IndexQuery query, CancellationToken ct) => throw new NotSupportedException();
        public IReadOnlyList<(StoredCase Case, string Snippet)> GetCasesWithSnippets(IReadOnlyList<string> caseIds, string queryText, CancellationToken ct) =>
            throw new NotSupportedException();
        public void Dispose() { }
    }
}
