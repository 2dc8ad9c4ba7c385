using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Indexing.Ledger;

namespace CaseGraph.Indexing.Tests;

public class IndexingPipelineTests
{
    private static int Count(IndexedCorpus c, DocumentKind kind)
    {
        using var index = c.OpenIndex();
        return index.Search(new IndexQuery { Kind = kind, Limit = 100 }, CancellationToken.None).Total;
    }

    [Fact]
    public async Task Indexes_cases_recommendations_and_passages_into_lucene_graph_and_ledger()
    {
        using var c = new IndexedCorpus();

        var report = await c.RunAsync();

        // 8 cases, 3 passages and the vocabulary
        Assert.Equal(12, report.Added);
        Assert.Equal(1, report.Sequence);
        Assert.Equal(8, Count(c, DocumentKind.Case));
        Assert.Equal(8, Count(c, DocumentKind.Recommendation));
        Assert.Equal(3, Count(c, DocumentKind.Guideline));
        Assert.Equal(1, await c.Graph.GetSequenceAsync(CancellationToken.None));
        Assert.Equal(12, (await new IngestionLedger(c.Paths.Ledger).GetAllAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Re_running_on_an_unchanged_corpus_changes_nothing()
    {
        using var c = new IndexedCorpus();
        await c.RunAsync();
        var luceneFiles = Directory.GetFiles(c.Paths.Lucene).Order().ToList();

        var again = await c.RunAsync();

        Assert.Equal((0, 0, 0, 12), (again.Added, again.Changed, again.Removed, again.Unchanged));
        Assert.Equal(1, again.Sequence);
        Assert.Equal(luceneFiles, Directory.GetFiles(c.Paths.Lucene).Order().ToList());
        Assert.Equal(8, Count(c, DocumentKind.Case));
    }

    [Fact]
    public async Task A_changed_file_is_reindexed_and_a_removed_file_is_removed()
    {
        using var c = new IndexedCorpus();
        await c.RunAsync();
        var spec = CaseGraph.Tests.Shared.TestCorpus.Cases[0];
        c.Corpus.WriteCase(spec.Id, spec.Summary + " She now also takes gabapentin.", spec.Question, spec.Medication, spec.Recommendation, spec.Topic);
        File.Delete(c.Corpus.CasePath("case-o04"));

        var report = await c.RunAsync();

        Assert.Equal((0, 1, 1), (report.Added, report.Changed, report.Removed));
        Assert.Equal(2, report.Sequence);
        using var index = c.OpenIndex();
        Assert.Null(index.GetCase("case-o04", CancellationToken.None));
        Assert.Contains("gabapentin", index.GetCase(spec.Id, CancellationToken.None)!.ConceptIds);
        Assert.Equal(7, index.Search(new IndexQuery { Kind = DocumentKind.Recommendation, Limit = 100 }, CancellationToken.None).Total);
        Assert.DoesNotContain(await c.Graph.GetNeighboursAsync("gabapentin", CancellationToken.None), n => n.Node.Id == "case-o04");
    }

    [Fact]
    public async Task Malformed_files_are_reported_with_path_and_line_and_the_rest_is_indexed()
    {
        using var c = new IndexedCorpus();
        File.WriteAllText(Path.Combine(c.Corpus.CasesDir, "broken.json"), "{\n  \"id\": \"case-x\",\n  oops\n}");
        File.AppendAllText(Path.Combine(c.Corpus.GuidelinesDir, "passages.jsonl"), "\n{\"id\": \"g-bad\", \"title\": 5}\n");

        var report = await c.RunAsync();

        Assert.Equal(12, report.Added);
        Assert.Equal(2, report.Skipped);
        var errors = c.Status.Current.CorpusErrors;
        Assert.Contains(errors, e => e.Path == "cases/broken.json" && e.Line == 3);
        Assert.Contains(errors, e => e.Path == "guidelines/passages.jsonl" && e.Line == 4 && e.Reason.Contains("'title' must be a string"));
        Assert.Equal(8, Count(c, DocumentKind.Case));
    }

    [Fact]
    public async Task A_view_behind_the_ledger_is_rewritten()
    {
        using var c = new IndexedCorpus();
        await c.RunAsync();
        Directory.Delete(c.Paths.Lucene, recursive: true); // as if the Lucene commit was lost

        var report = await c.RunAsync();

        Assert.Equal(12, report.Changed);
        Assert.Equal(8, Count(c, DocumentKind.Case));
    }
}
