using CaseGraph.Core.Model;
using CaseGraph.Core.Search;

namespace CaseGraph.Indexing.Tests;

public class GraphAndSearchTests : IClassFixture<GraphAndSearchTests.Indexed>
{
    public sealed class Indexed : IAsyncLifetime
    {
        public IndexedCorpus Corpus { get; } = new();
        public Task InitializeAsync() => Corpus.RunAsync();
        public Task DisposeAsync() { Corpus.Dispose(); return Task.CompletedTask; }
    }

    private readonly IndexedCorpus _c;
    public GraphAndSearchTests(Indexed fixture) => _c = fixture.Corpus;

    [Fact]
    public void Listed_ids_are_returned_whether_or_not_they_match_the_text_and_filters_give_their_ids()
    {
        using var index = _c.OpenIndex();

        var page = index.Search(new IndexQuery { Text = "buprenorphine", OnlyIds = ["case-t01", "case-o01"], Limit = 10 }, CancellationToken.None);
        var matching = index.MatchingIds(new IndexQuery { Text = "ignored", Kind = DocumentKind.Case, Annotation = "negated:heroin" }, CancellationToken.None);
        var cases = index.MatchingIds(new IndexQuery { Kind = DocumentKind.Case }, CancellationToken.None);

        Assert.Equal(["case-o01", "case-t01"], page.Hits.Select(h => h.Id).Order());
        Assert.Contains("<mark>", Assert.Single(page.Hits, h => h.Id == "case-o01").Snippet);
        Assert.Contains("oxycodone", Assert.Single(page.Hits, h => h.Id == "case-t01").StoredText);
        Assert.Equal(CaseGraph.Tests.Shared.TestCorpus.Cases.Select(c => c.Id).Order(), cases.Order());
        Assert.All(matching, id => Assert.Contains(id, cases));
    }

    [Fact]
    public async Task Meaning_fuses_with_the_lexical_ranking_finds_what_words_miss_and_respects_filters()
    {
        using var index = _c.OpenIndex();
        // A fixed ranking by meaning (the real model is tested end to end in the API tests): it puts case-t04 first.
        var meaning = new FixedMeaning([new("case-t04", 0.9f, new(0, 20)), new("case-o02", 0.8f, new(0, 20))]);
        var search = new CombinedSearch(index, _c.Graph, meaning);

        var result = await search.SearchAsync("fentanyl", QuerySyntax.Simple, new SearchFilters(DocumentKind.Case), 10, 0, CancellationToken.None);
        var filtered = await search.SearchAsync("fentanyl", QuerySyntax.Simple, new SearchFilters(DocumentKind.Case, MinMme: 100), 10, 0, CancellationToken.None);
        var lucene = await search.SearchAsync("fentanyl", QuerySyntax.Lucene, new SearchFilters(DocumentKind.Case), 10, 0, CancellationToken.None);

        Assert.True(result.Meaning.Used);
        var ids = result.Page.Hits.Select(h => h.Id).ToList();
        Assert.Contains("case-o01", ids); // the words
        Assert.Contains("case-t04", ids); // meaning alone
        Assert.NotNull(Assert.Single(result.Page.Hits, h => h.Id == "case-t04").Meaning?.Sentence);
        Assert.Null(Assert.Single(result.Page.Hits, h => h.Id == "case-o01").Meaning);
        Assert.Equal(ids.Count, result.Page.Total);
        // Filters reach meaning as the ids they admit, and nothing they exclude comes back.
        var admitted = index.MatchingIds(new IndexQuery { Kind = DocumentKind.Case, MinMme = 100 }, CancellationToken.None);
        Assert.Equal(admitted.Order(), meaning.LastAllowed!.Order());
        Assert.All(filtered.Page.Hits, h => Assert.Contains(h.Id, admitted));
        Assert.False(lucene.Meaning.Used);
        Assert.DoesNotContain(lucene.Page.Hits, h => h.Id == "case-t04");
    }

    private sealed class FixedMeaning(IReadOnlyList<CaseGraph.Core.Semantic.SemanticHit> hits) : CaseGraph.Core.Semantic.ISemanticView
    {
        public IReadOnlyCollection<string>? LastAllowed { get; private set; }
        public CaseGraph.Core.Semantic.SemanticCoverage Coverage => new(1, hits.Count, hits.Count);
        public IReadOnlyList<CaseGraph.Core.Semantic.SemanticHit> Search(string question, DocumentKind? kind, IReadOnlyCollection<string>? allowedIds, int limit,
            CancellationToken ct)
        {
            LastAllowed = allowedIds;
            return [.. hits.Where(h => allowedIds is null || allowedIds.Contains(h.Id)).Take(limit)];
        }
        public IReadOnlyList<CaseGraph.Core.Semantic.SemanticHit> SimilarTo(string id, DocumentKind kind, int limit, CancellationToken ct) => [];
    }

    [Fact]
    public async Task A_drug_class_expands_to_its_members_in_the_graph()
    {
        var members = await _c.Graph.GetNarrowerConceptsAsync(["benzodiazepines"], CancellationToken.None);
        Assert.Equal(["alprazolam", "clonazepam"], members);

        var opioids = await _c.Graph.GetNarrowerConceptsAsync(["opioids"], CancellationToken.None);
        Assert.Contains("buprenorphine-naloxone", opioids); // directly and through buprenorphine
        Assert.DoesNotContain("opioids", opioids);
    }

    [Fact]
    public async Task Concept_cases_by_month_come_from_the_graph_and_a_class_counts_its_members()
    {
        var data = await _c.Graph.GetConceptCasesByMonthAsync(["benzodiazepines", "opioid-use-disorder"], CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { ["2022-05"] = CaseGraph.Tests.Shared.TestCorpus.Cases.Count }, data.CasesPerMonth);
        // case-t01 takes Xanax (alprazolam), case-t03 clonazepam: both are benzodiazepines; case-o01 has opioid use disorder
        Assert.Equal(["case-t01", "case-t03"], data.Links.Where(l => l.ConceptId == "benzodiazepines").Select(l => l.CaseId).Order());
        Assert.Contains("case-o01", data.Links.Where(l => l.ConceptId == "opioid-use-disorder").Select(l => l.CaseId));
        Assert.DoesNotContain("case-t01", data.Links.Where(l => l.ConceptId == "opioid-use-disorder").Select(l => l.CaseId));
        Assert.All(data.Links, l => Assert.Equal("2022-05", l.Month));
    }

    [Fact]
    public async Task Combined_search_for_a_class_finds_documents_naming_only_a_member()
    {
        using var index = _c.OpenIndex();
        var search = new CombinedSearch(index, _c.Graph);

        var result = await search.SearchAsync("benzodiazepine", QuerySyntax.Simple, new SearchFilters(DocumentKind.Case), 10, 0, CancellationToken.None);

        Assert.Contains("alprazolam", result.Interpretation.Expanded);
        // case-t01 says only "Xanax"; case-t03 says "clonazepam" and "benzodiazepine"
        Assert.Contains(result.Page.Hits, h => h.Id == "case-t01");
        Assert.Equal("case-t03", result.Page.Hits[0].Id);
    }

    [Fact]
    public async Task A_brand_abbreviation_finds_text_that_names_the_product_another_way()
    {
        using var index = _c.OpenIndex();
        var search = new CombinedSearch(index, _c.Graph);

        // case-o01-r1 says "Suboxone"; the query says "bup/nx": both are buprenorphine-naloxone in the concept field.
        var result = await search.SearchAsync("bup/nx", QuerySyntax.Simple, new SearchFilters(DocumentKind.Recommendation), 10, 0, CancellationToken.None);

        Assert.Equal(["buprenorphine-naloxone"], result.Interpretation.Concepts);
        Assert.Contains(result.Page.Hits, h => h.Id == "case-o01-r1");
    }

    [Fact]
    public async Task Recommendations_by_brand_name_find_the_generic()
    {
        using var index = _c.OpenIndex();
        var search = new CombinedSearch(index, _c.Graph);
        var suboxone = index.Model.Vocabulary.Resolve("Narcan");

        var result = await search.RecommendationsAsync(suboxone, null, null, 10, 0, CancellationToken.None);

        Assert.Equal(["case-o01-r1", "case-o04-r1", "case-t01-r1"], result.Page.Hits.Select(h => h.Id).Order());
        Assert.All(result.Page.Hits, h => Assert.Equal(DocumentKind.Recommendation, h.Kind));
    }

    [Fact]
    public async Task Similar_cases_fuse_text_and_shared_concepts_and_say_what_is_shared()
    {
        using var index = _c.OpenIndex();
        var search = new CombinedSearch(index, _c.Graph);

        var found = await search.SimilarCasesAsync("case-t01", 5, CancellationToken.None);

        Assert.NotNull(found);
        Assert.False(found.Meaning.Used); // no vectors here: text and concepts only
        var similar = found.Cases;
        Assert.DoesNotContain(similar, s => s.CaseId == "case-t01");
        var t03 = Assert.Single(similar, s => s.CaseId == "case-t03");
        Assert.Contains("chronic-low-back-pain", t03.SharedConceptIds);
        Assert.Contains("oxycodone", t03.SharedConceptIds);
        Assert.Equal("case-t03", similar[0].CaseId);
        Assert.NotEmpty(t03.Recommendations);
        Assert.Null(await search.SimilarCasesAsync("no-such-case", 5, CancellationToken.None));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("(((buprenorphine")]
    [InlineData("title:]] *:* \\ AND OR NOT ~ ^ / bup/nx")]
    [InlineData("")]
    public void Simple_syntax_answers_any_text(string text)
    {
        using var index = _c.OpenIndex();
        var page = index.Search(new IndexQuery { Text = text, Limit = 5 }, CancellationToken.None);
        Assert.True(page.Total >= 0);
    }

    [Fact]
    public void Lucene_syntax_rejects_an_unparsable_query_saying_where()
    {
        using var index = _c.OpenIndex();
        var ex = Assert.Throws<QuerySyntaxException>(() =>
            index.Search(new IndexQuery { Text = "title:(taper AND", Syntax = QuerySyntax.Lucene }, CancellationToken.None));
        Assert.Contains("column", ex.Message);
    }

    [Fact]
    public void Lucene_syntax_runs_field_and_boolean_queries()
    {
        using var index = _c.OpenIndex();
        var page = index.Search(new IndexQuery { Text = "title:methadone AND taper*", Syntax = QuerySyntax.Lucene, Kind = DocumentKind.Case }, CancellationToken.None);
        Assert.Equal(["case-t04"], page.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Snippets_highlight_the_matched_words()
    {
        using var index = _c.OpenIndex();
        var hit = index.Search(new IndexQuery { Text = "micro-induction", Kind = DocumentKind.Recommendation }, CancellationToken.None).Hits[0];
        Assert.Equal("case-o01-r1", hit.Id);
        Assert.Contains("<mark>", hit.Snippet);
    }
}
