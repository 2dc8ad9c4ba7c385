using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Indexing.Tests;

/// <summary>Finding 4: a file reusing another file's id never takes that file's record.</summary>
public class DuplicateIdTests
{
    private static readonly string OriginalSummary = TestCorpus.Cases.Single(c => c.Id == "case-t02").Summary;

    /// <summary>A copy of a case's file under another name, with another summary.</summary>
    private static void WriteImpostor(TestCorpus corpus, string id, string fileName) =>
        File.WriteAllText(Path.Combine(corpus.CasesDir, fileName),
            File.ReadAllText(corpus.CasePath(id)).Replace(TestCorpus.Cases.Single(c => c.Id == id).Summary, "Impostor text about gabapentin."));

    [Fact]
    public async Task A_new_file_whose_name_sorts_first_with_an_indexed_id_is_reported_by_its_own_path_and_the_indexed_case_stays()
    {
        using var c = new IndexedCorpus();
        await c.RunAsync();
        WriteImpostor(c.Corpus, "case-t02", "a-duplicate.json");

        var report = await c.RunAsync();

        Assert.Equal((0, 0, 0), (report.Added, report.Changed, report.Removed));
        using (var index = c.OpenIndex())
            Assert.Equal(OriginalSummary, index.GetCase("case-t02", CancellationToken.None)!.Record.Summary);
        var errors = c.Status.Current.CorpusErrors;
        var error = Assert.Single(errors);
        Assert.Equal(("cases/a-duplicate.json", IdClaims.TakenByAnotherFile), (error.Path, error.Reason));
        Assert.DoesNotContain("case-t02", error.ToString().Replace(error.Path, ""));
        var ledger = await new IngestionLedger(c.Paths.Ledger).GetAllAsync(CancellationToken.None);
        Assert.Equal("cases/case-t02.json", ledger["case-t02"].Source);
    }

    [Fact]
    public void Among_new_files_with_one_id_the_first_in_ordinal_path_order_keeps_it_unless_the_ledger_names_another()
    {
        using var corpus = new TestCorpus();
        WriteImpostor(corpus, "case-t02", "z-new.json");
        File.Move(corpus.CasePath("case-t02"), Path.Combine(corpus.CasesDir, "b-new.json"));

        var fresh = CorpusReader.Read(corpus.CorpusDir);
        var known = CorpusReader.Read(corpus.CorpusDir, new Dictionary<string, string> { ["case-t02"] = "cases/z-new.json" });

        Assert.Equal("cases/b-new.json", fresh.Cases.Single(x => x.Item.Id == "case-t02").Path);
        Assert.Equal("cases/z-new.json", Assert.Single(fresh.Errors).Path);
        Assert.Equal("cases/z-new.json", known.Cases.Single(x => x.Item.Id == "case-t02").Path);
        Assert.Equal(("cases/b-new.json", IdClaims.TakenByAnotherFile), (Assert.Single(known.Errors).Path, known.Errors[0].Reason));
    }
}
