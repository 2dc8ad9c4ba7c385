using System.Text.Json;
using CaseGraph.Indexing.Ledger;
using static CaseGraph.Indexing.Tests.QuarantineTests;

namespace CaseGraph.Indexing.Tests;

/// <summary>Finding 5: the gate reads only inside the corpus and writes only inside its quarantine folder, whatever a report, the ledger or a link says.</summary>
public class QuarantineConfinementTests
{

    private static string Outside(IndexedCorpus c) => Directory.CreateDirectory(Path.Combine(c.Corpus.Root, "outside")).FullName;

    private static string[] FilesOutside(IndexedCorpus c) => Directory.GetFiles(Outside(c), "*", SearchOption.AllDirectories);

    private static string CraftedReport(string kind, string source) => JsonSerializer.Serialize(new
    {
        source, id = "case-p01", kind, checkedAt = DateTimeOffset.UtcNow, findings = Array.Empty<object>(), howToRelease = "",
    });

    [Fact]
    public async Task A_forged_copy_and_report_in_the_quarantine_folder_are_never_read_back_indexed_or_followed()
    {
        using var c = new IndexedCorpus();
        var quarantine = Directory.CreateDirectory(QuarantineDir(c)).FullName;
        const string name = "0123456789abcdef";
        File.WriteAllText(Path.Combine(quarantine, name + ".json"), File.ReadAllText(c.Corpus.CasePath("case-t01")).Replace("case-t01", "case-forged"));
        File.WriteAllText(Path.Combine(quarantine, name + ".report.json"), CraftedReport("case", Path.Combine(Outside(c), "escaped.json")));

        var report = await c.RunAsync();

        Assert.Equal(0, report.Released);
        Assert.Empty(FilesOutside(c));
        Assert.False(InLucene(c, "case-forged"));
        Assert.True(File.Exists(Path.Combine(quarantine, name + ".json"))); // left alone: the worker reads the ledger, not this folder
    }

    [Theory]
    [InlineData("../outside/escaped.json")]
    [InlineData("ABSOLUTE/escaped.json")]
    [InlineData("cases/linked/escaped.json")]
    public async Task A_ledger_entry_naming_a_place_outside_the_corpus_is_never_read_or_written_even_when_released(string source)
    {
        using var c = new IndexedCorpus();
        Directory.CreateSymbolicLink(Path.Combine(c.Corpus.CasesDir, "linked"), Outside(c));
        File.Copy(c.Corpus.CasePath("case-t02"), Path.Combine(Outside(c), "escaped.json"));
        var before = FilesOutside(c).ToDictionary(f => f, File.ReadAllText);
        var ledger = new HeldRecords(c.Paths.Ledger);
        await ledger.HoldAsync(new HeldRecord("0123456789abcdef", "case-t02", "case", source.Replace("ABSOLUTE", Outside(c)), 1, "x", [], DateTimeOffset.UtcNow, null),
            CancellationToken.None);
        await ledger.ReleaseAsync("case-t02", CancellationToken.None);

        await c.RunAsync();

        Assert.Equal(before, FilesOutside(c).ToDictionary(f => f, File.ReadAllText));
        Assert.Empty(await ledger.AllAsync(CancellationToken.None)); // its record is not in the corpus there: forgotten
    }

    [Fact]
    public async Task Symbolic_links_in_the_corpus_are_reported_and_never_followed_so_nothing_outside_is_read_moved_or_deleted()
    {
        using var c = new IndexedCorpus();
        var outside = Outside(c);
        c.Corpus.WriteCase("case-out", Identified, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");
        File.Move(c.Corpus.CasePath("case-out"), Path.Combine(outside, "case-out.json"));
        File.Copy(c.Corpus.CasePath("case-t01"), Path.Combine(outside, "case-clean.json"));
        File.Delete(c.Corpus.CasePath("case-t01"));
        Directory.CreateSymbolicLink(Path.Combine(c.Corpus.CasesDir, "linked"), outside);
        File.CreateSymbolicLink(c.Corpus.CasePath("case-t01"), Path.Combine(outside, "case-clean.json"));
        var before = FilesOutside(c).ToDictionary(f => f, File.ReadAllText);

        var report = await c.RunAsync();

        Assert.Equal(before, FilesOutside(c).ToDictionary(f => f, File.ReadAllText));
        Assert.Equal(0, report.Quarantined);
        Assert.False(Directory.Exists(QuarantineDir(c)));
        Assert.Empty(await Held(c));
        var links = c.Status.Current.CorpusErrors.Where(e => e.Reason.Contains("symbolic link")).Select(e => e.Path).Order();
        Assert.Equal(["cases/case-t01.json", "cases/linked"], links);
        using var index = c.OpenIndex();
        Assert.Null(index.GetCase("case-out", CancellationToken.None));
        Assert.Null(index.GetCase("case-t01", CancellationToken.None));
        Assert.NotNull(index.GetCase("case-t02", CancellationToken.None));
    }

    [Fact]
    public async Task A_quarantine_folder_that_is_a_link_out_of_the_indexes_receives_nothing()
    {
        using var c = new IndexedCorpus();
        c.Corpus.WriteCase("case-p01", Identified, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");
        Directory.CreateDirectory(c.Corpus.IndexesDir);
        Directory.CreateSymbolicLink(QuarantineDir(c), Outside(c));

        var report = await c.RunAsync();

        Assert.Empty(FilesOutside(c));
        Assert.True(File.Exists(c.Corpus.CasePath("case-p01")));
        Assert.Contains(c.Status.Current.CorpusErrors, e => e.Reason.Contains("the quarantine folder is a symbolic link"));
        Assert.Equal((1, 12), (report.Quarantined, report.Added)); // held back: 8 cases, 3 passages and the vocabulary indexed
    }
}
