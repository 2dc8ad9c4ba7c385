using CaseGraph.Tests.Shared;
using CaseGraph.Core.Model;
using System.Diagnostics;
using CaseGraph.Core.Search;
using CaseGraph.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace CaseGraph.Indexing.Tests;

/// <summary>The bounded query parser on a real index: hostile text is read as words or refused, never run as syntax.</summary>
public class QueryLimitsSearchTests(GraphAndSearchTests.Indexed fixture) : IClassFixture<GraphAndSearchTests.Indexed>
{
    private IndexPage Search(string text, QuerySyntax syntax = QuerySyntax.Simple, int maxTerms = QueryLimits.UserTerms,
        CancellationToken ct = default)
    {
        using var index = fixture.Corpus.OpenIndex();
        return index.Search(new IndexQuery { Text = text, Syntax = syntax, MaxTerms = maxTerms, Limit = 50 }, ct);
    }

    [Theory]
    [InlineData("*:*")]
    [InlineData("???")]
    [InlineData("\\\"'\\\\")]
    [InlineData("((((")]
    public void Text_without_a_word_finds_nothing_in_simple_syntax_while_lucene_syntax_would_match_all(string text)
    {
        Assert.Equal(0, Search(text).Total);
        Assert.True(Search("*:*", QuerySyntax.Lucene).Total > 0); // what the same text would do as syntax
    }

    [Fact]
    public void Ten_thousand_nested_brackets_are_read_as_words_in_simple_syntax_and_refused_in_lucene_syntax()
    {
        var nested = new string('(', 10_000) + "methadone" + new string(')', 10_000);
        Assert.Equal(Search("methadone").Total, Search(nested).Total);
        var ex = Assert.Throws<QuerySyntaxException>(() => Search(nested, QuerySyntax.Lucene));
        Assert.Contains("16 deep", ex.Message);
        Assert.True(Search("((((methadone))))", QuerySyntax.Lucene).Total > 0);
    }

    [Theory]
    [InlineData("/meth.*/", "Regular expressions")]
    [InlineData("*adone", "at least 2 characters")]
    [InlineData("m*", "at least 2 characters")]
    [InlineData("ta?er", null)]
    [InlineData("t?per", "at least 2 characters")]
    [InlineData("me*", null)]
    public void Lucene_syntax_refuses_regular_expressions_and_short_or_leading_wildcards(string text, string? error)
    {
        if (error is null)
        {
            Search(text, QuerySyntax.Lucene);
            return;
        }
        Assert.Contains(error, Assert.Throws<QuerySyntaxException>(() => Search(text, QuerySyntax.Lucene)).Message);
    }

    [Fact]
    public void A_long_simple_query_is_read_as_its_rarest_words_while_a_long_lucene_query_is_refused()
    {
        var words = string.Join(' ', Enumerable.Range(0, 150).Select(i => "word" + i));
        Assert.Equal(0, Search(words).Total); // no document holds any of them: nothing found, nothing refused
        Assert.Contains("at most 100", Assert.Throws<QuerySyntaxException>(() => Search(words.Replace(" ", " OR "), QuerySyntax.Lucene)).Message);
        Assert.Equal(0, Search(words, maxTerms: QueryLimits.TextTerms).Total);

        // 150 words no document holds and one it does: the pasted text is answered as that word alone.
        var pasted = $"(\"{words}\") [methadone]";
        Assert.Equal(Search("methadone").Hits.Select(h => h.Id), Search(pasted).Hits.Select(h => h.Id));
        Assert.True(Search(string.Join(' ', Enumerable.Repeat("methadone", 100))).Total > 0);
    }

    public static TheoryData<string, string> CostlyTerms => new()
    {
        { "ab*a??????????????", "at most 4 wildcards" }, // "*" then 14 "?": a 2^15-state automaton, minutes to build
        { "ab*" + new string('a', 1_990), "50 characters" }, // seconds per automaton, one per field
        { "/[ab]*a[ab]{18}/", "Regular expressions" },
        { "title:(methadone ab*c?d?e?f?g)", "at most 4 wildcards" },
        { new string('a', 1_990) + "~2", "fuzzy term" }, // a Levenshtein automaton of 2,000 characters per field
    };

    [Theory]
    [MemberData(nameof(CostlyTerms))]
    public void A_costly_wildcard_or_regular_expression_is_refused_before_its_automaton_is_built(string text, string error)
    {
        var started = Stopwatch.GetTimestamp();
        Assert.Contains(error, Assert.Throws<QuerySyntaxException>(() => Search(text, QuerySyntax.Lucene)).Message);
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("methadone^9999999999999999999999999999999999999999")] // parses as an infinite float
    [InlineData("methadone^1001")]
    [InlineData("((methadone^100 taper)^100 naloxone)^100")] // each within the cap, multiplied past it
    public void A_boost_that_is_infinite_or_past_the_cap_is_refused(string text) =>
        Assert.Contains("boost", Assert.Throws<QuerySyntaxException>(() => Search(text, QuerySyntax.Lucene)).Message);

    [Fact]
    public void A_long_fuzzy_term_is_read_as_the_word_in_simple_syntax()
    {
        var started = Stopwatch.GetTimestamp();
        Assert.Equal(0, Search(new string('a', 1_990) + "~2").Total);
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.True(Search("methadon~1").Total > 0);
    }

    [Fact]
    public void A_boost_within_the_cap_ranks_with_finite_scores()
    {
        var page = Search("methadone^1000 OR taper^0.5", QuerySyntax.Lucene);
        Assert.True(page.Total > 0);
        Assert.All(page.Hits, h => Assert.True(float.IsFinite(h.Score)));
    }

    [Fact]
    public void The_request_token_reaches_wildcard_parsing_and_the_expansion_in_the_term_dictionary()
    {
        using var view = fixture.Corpus.OpenIndex();
        var queries = new QueryFactory(LuceneFields.CreateAnalyzer(DrugWords.From(view.Model.Vocabulary)), view.Model.FieldWeights);
        using var request = new CancellationTokenSource();
        var (query, _) = queries.Build(new IndexQuery { Text = "me* ta?er", Syntax = QuerySyntax.Lucene }, request.Token);
        using var directory = FSDirectory.Open(fixture.Corpus.Paths.Lucene);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Contains("methadone", searcher.Rewrite(query).ToString()); // expanded while the request is live

        request.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => searcher.Rewrite(query));
        Assert.ThrowsAny<OperationCanceledException>(() => queries.Build(new IndexQuery { Text = "ta?er", Syntax = QuerySyntax.Lucene }, request.Token));
    }

    [Fact]
    public void A_cancelled_search_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Search("methadone", ct: cancelled.Token));
        using var index = fixture.Corpus.OpenIndex();
        Assert.ThrowsAny<OperationCanceledException>(() => index.MoreLikeThisText("methadone taper for chronic pain", 10, cancelled.Token));
    }

    [Fact]
    public void Every_read_of_a_view_takes_the_request_token()
    {
        using var index = fixture.Corpus.OpenIndex();
        var caseId = TestCorpus.Cases[0].Id;
        Assert.NotNull(index.GetCase(caseId, CancellationToken.None));
        Assert.NotEmpty(index.MoreLikeThis(caseId, 5, CancellationToken.None));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var reads = new Action[]
        {
            () => index.GetCase(caseId, cancelled.Token),
            () => index.MoreLikeThis(caseId, 5, cancelled.Token),
            () => index.RecentCaseTexts(10, cancelled.Token),
            () => index.GetCasesWithSnippets([caseId], "methadone", cancelled.Token),
            () => index.MonthlyTopicCounts(new IndexQuery(), cancelled.Token),
        };
        Assert.All(reads, read => Assert.ThrowsAny<OperationCanceledException>(read));
    }

    [Fact]
    public void The_index_reports_when_a_run_last_committed_and_a_new_index_reports_sequence_zero()
    {
        using var index = new CaseGraph.Lucene.LuceneSearchIndex(fixture.Corpus.Paths.Lucene);
        var commit = index.LastCommit()!.Value;
        Assert.True(commit.Sequence > 0);
        Assert.InRange(DateTimeOffset.UtcNow - commit.At, TimeSpan.Zero, TimeSpan.FromMinutes(10));

        var empty = Path.Combine(fixture.Corpus.Corpus.Root, "empty-index");
        using var search = new CaseGraph.Lucene.LuceneSearchIndex(empty);
        Assert.Null(search.LastCommit());
        using (new CaseGraph.Lucene.LuceneIndexWriter(empty, CaseGraph.Lucene.DrugWords.None)) { } // starts with an empty commit
        Assert.Equal(0, search.LastCommit()!.Value.Sequence);
    }
}
