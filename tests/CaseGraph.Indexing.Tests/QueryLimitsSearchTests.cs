using CaseGraph.Core.Model;
using CaseGraph.Core.Search;

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
    [InlineData("*adone", "Invalid Lucene query syntax")]
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
    public void A_query_with_more_terms_than_allowed_is_refused_and_a_case_text_may_have_more()
    {
        var words = string.Join(' ', Enumerable.Range(0, 150).Select(i => "word" + i));
        Assert.Contains("at most 100", Assert.Throws<QuerySyntaxException>(() => Search(words)).Message);
        Assert.Contains("at most 100", Assert.Throws<QuerySyntaxException>(() => Search(words.Replace(" ", " OR "), QuerySyntax.Lucene)).Message);
        Assert.Equal(0, Search(words, maxTerms: QueryLimits.TextTerms).Total);
        Assert.True(Search(string.Join(' ', Enumerable.Repeat("methadone", 100))).Total > 0);
    }

    [Fact]
    public void A_cancelled_search_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Search("methadone", ct: cancelled.Token));
    }

    [Fact]
    public void The_index_reports_when_a_run_last_committed_and_a_new_index_reports_sequence_zero()
    {
        using var index = fixture.Corpus.OpenIndex();
        var commit = index.LastCommit()!.Value;
        Assert.True(commit.Sequence > 0);
        Assert.InRange(DateTimeOffset.UtcNow - commit.At, TimeSpan.Zero, TimeSpan.FromMinutes(10));

        var empty = Path.Combine(fixture.Corpus.Corpus.Root, "empty-index");
        using var search = new CaseGraph.Lucene.LuceneSearchIndex(empty, new CaseGraph.Lucene.DrugWords());
        Assert.Null(search.LastCommit());
        using (new CaseGraph.Lucene.LuceneIndexWriter(empty, new CaseGraph.Lucene.DrugWords())) { } // starts with an empty commit
        Assert.Equal(0, search.LastCommit()!.Value.Sequence);
    }
}
