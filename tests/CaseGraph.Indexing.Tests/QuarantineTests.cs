using System.Text.Json;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Indexing.Privacy;

namespace CaseGraph.Indexing.Tests;

/// <summary>The gate on a read-only corpus (as docker-compose mounts it): it holds records back in the ledger and the indexes folder.</summary>
public class QuarantineTests
{
    internal const string Identified = "Mrs. Lopez, reachable at (503) 555-0142, has chronic low back pain on oxycodone.";
    internal const string Clean = "A woman in her forties has chronic low back pain on oxycodone.";

    internal static string QuarantineDir(IndexedCorpus c) => c.Paths.Quarantine;

    /// <summary>Where the gate keeps a copy: named by a hash of kind, source and id, never by the id or file name.</summary>
    internal static string QuarantinedFile(IndexedCorpus c, string kind, string source, string id) =>
        Path.Combine(QuarantineDir(c), QuarantineGate.NameFor(kind, source, id) + ".json");

    internal static Task<IReadOnlyList<HeldRecord>> Held(IndexedCorpus c) => new HeldRecords(c.Paths.Ledger).AllAsync(CancellationToken.None);

    internal static async Task<IReadOnlySet<string>> LedgerIds(IndexedCorpus c) =>
        (await new IngestionLedger(c.Paths.Ledger).GetAllAsync(CancellationToken.None)).Keys.ToHashSet();

    internal static bool InLucene(IndexedCorpus c, string id)
    {
        using var index = c.OpenIndex();
        return index.GetCase(id, CancellationToken.None) is not null
            || index.Search(new IndexQuery { Kind = DocumentKind.Guideline, Limit = 100 }, CancellationToken.None).Hits.Any(h => h.Id == id);
    }

    private static void WriteIdentifiedCase(IndexedCorpus c, string summary = Identified) =>
        c.Corpus.WriteCase("case-p01", summary, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");

    [Fact]
    public async Task On_a_read_only_corpus_a_case_with_identifiers_is_held_in_the_ledger_and_indexes_folder_and_the_run_completes()
    {
        using var c = new IndexedCorpus();
        WriteIdentifiedCase(c);
        var before = ReadOnlyTree.Hash(c.Corpus.CorpusDir);
        using var readOnly = new ReadOnlyTree(c.Corpus.CorpusDir);

        var report = await c.RunAsync();

        Assert.Equal((1, 12), (report.Quarantined, report.Added)); // 8 cases, 3 passages and the vocabulary indexed
        Assert.Equal(before, ReadOnlyTree.Hash(c.Corpus.CorpusDir));
        var held = Assert.Single(await Held(c));
        Assert.Equal(("case-p01", "case", "cases/case-p01.json", 1, false), (held.Id, held.Kind, held.Source, held.Line, held.Released));
        Assert.Equal(["name", "phone"], held.Findings.Select(f => f.Kind).Order());
        Assert.All(held.Findings, f => Assert.Equal("summary", f.Field));
        Assert.DoesNotContain("555-0142", JsonSerializer.Serialize(held));
        Assert.DoesNotContain("Lopez", JsonSerializer.Serialize(held));

        var copy = QuarantinedFile(c, "case", "cases/case-p01.json", "case-p01");
        Assert.StartsWith(Path.GetFullPath(c.Corpus.IndexesDir), copy);
        Assert.Equal(File.ReadAllText(c.Corpus.CasePath("case-p01")), File.ReadAllText(copy)); // kept whole
        var reportText = File.ReadAllText(Path.ChangeExtension(copy, ".report.json"));
        Assert.DoesNotContain("555-0142", reportText);
        Assert.DoesNotContain("Lopez", reportText);
        Assert.False(InLucene(c, "case-p01"));
        Assert.DoesNotContain("case-p01", await c.Graph.GetOwnersAsync(CancellationToken.None));
        Assert.DoesNotContain("case-p01", await LedgerIds(c));
        Assert.Equal(1, c.Status.Current.Quarantine!.Records);
    }

    [Fact]
    public async Task A_held_case_fixed_in_its_corpus_file_is_released_and_indexed_and_its_copy_goes()
    {
        using var c = new IndexedCorpus();
        WriteIdentifiedCase(c);
        using var readOnly = new ReadOnlyTree(c.Corpus.CorpusDir);
        await c.RunAsync();
        var copy = QuarantinedFile(c, "case", "cases/case-p01.json", "case-p01");
        readOnly.Edit(() => WriteIdentifiedCase(c, Clean));

        var report = await c.RunAsync();

        Assert.Equal((1, 0, 1), (report.Released, report.Quarantined, report.Added));
        Assert.False(File.Exists(copy));
        Assert.Empty(await Held(c));
        Assert.True(InLucene(c, "case-p01"));
        Assert.Equal(0, c.Status.Current.Quarantine!.Records);
    }

    [Fact]
    public async Task A_case_released_by_command_is_indexed_as_it_is_and_stays_released_until_its_content_changes()
    {
        using var c = new IndexedCorpus();
        WriteIdentifiedCase(c);
        using var readOnly = new ReadOnlyTree(c.Corpus.CorpusDir);
        await c.RunAsync();
        var output = new StringWriter();

        Assert.Equal(0, await QuarantineCommands.ReleaseAsync(new HeldRecords(c.Paths.Ledger), "case-p01", output, CancellationToken.None));
        var released = await c.RunAsync();

        Assert.Equal((1, 0, 1), (released.Released, released.Quarantined, released.Added));
        Assert.True(InLucene(c, "case-p01"));
        Assert.Equal(0, c.Status.Current.Quarantine!.Records);
        Assert.Equal((0, 1), await new HeldRecords(c.Paths.Ledger).CountsAsync(CancellationToken.None));
        var list = new StringWriter();
        await QuarantineCommands.ListAsync(new HeldRecords(c.Paths.Ledger), list, CancellationToken.None);
        Assert.Contains("case-p01\tcase\tcases/case-p01.json:1\treleased\t", list.ToString());
        Assert.DoesNotContain("Lopez", list.ToString());

        var again = await c.RunAsync();
        Assert.Equal((0, 0, 0, 0), (again.Released, again.Quarantined, again.Added, again.Changed));
        Assert.True(InLucene(c, "case-p01"));

        readOnly.Edit(() => WriteIdentifiedCase(c, Identified + " Seen again."));
        var changed = await c.RunAsync();

        Assert.Equal((1, 1), (changed.Quarantined, changed.Removed));
        Assert.False(InLucene(c, "case-p01"));
        Assert.False(Assert.Single(await Held(c)).Released);
        Assert.Contains("Seen again.", File.ReadAllText(QuarantinedFile(c, "case", "cases/case-p01.json", "case-p01"))); // the copy follows the corpus
    }

    [Fact]
    public async Task Releasing_an_id_that_is_not_held_changes_nothing_and_says_so()
    {
        using var c = new IndexedCorpus();
        await c.RunAsync();
        var output = new StringWriter();

        Assert.Equal(1, await QuarantineCommands.ReleaseAsync(new HeldRecords(c.Paths.Ledger), "case-t01", output, CancellationToken.None));
        Assert.Contains("no held record", output.ToString());
    }

    [Fact]
    public async Task A_passage_with_an_identifier_is_held_with_its_line_its_file_untouched_and_released_when_the_line_is_fixed()
    {
        using var c = new IndexedCorpus();
        var file = Path.Combine(c.Corpus.GuidelinesDir, "passages.jsonl");
        File.AppendAllText(file, "\n" + JsonSerializer.Serialize(new { id = "g-x", title = "Example", text = "For example, patient Jane Roe (MRN 4455667) asked to taper.", source = "Test", section = "Example" }));
        var before = ReadOnlyTree.Hash(c.Corpus.CorpusDir);
        using var readOnly = new ReadOnlyTree(c.Corpus.CorpusDir);

        await c.RunAsync();

        Assert.Equal(before, ReadOnlyTree.Hash(c.Corpus.CorpusDir));
        var held = Assert.Single(await Held(c));
        Assert.Equal(("g-x", "guideline", "guidelines/passages.jsonl", 4), (held.Id, held.Kind, held.Source, held.Line));
        Assert.Contains("MRN 4455667", File.ReadAllText(QuarantinedFile(c, "guideline", "guidelines/passages.jsonl", "g-x")));
        Assert.False(InLucene(c, "g-x"));
        Assert.True(InLucene(c, "g-bup"));

        readOnly.Edit(() => File.WriteAllText(file, File.ReadAllText(file).Replace("patient Jane Roe (MRN 4455667)", "a patient")));
        var report = await c.RunAsync();

        Assert.Equal(1, report.Released);
        Assert.Empty(await Held(c));
        Assert.True(InLucene(c, "g-x"));
    }

    [Fact]
    public async Task An_indexed_case_edited_to_hold_an_identifier_is_taken_out_of_every_view()
    {
        using var c = new IndexedCorpus();
        await c.RunAsync();
        c.Corpus.WriteCase("case-t01", "Patient SSN 123-45-6789 on oxycodone.", "How fast should the oxycodone taper go?", "oxycodone", "Taper.", "tapering");

        var report = await c.RunAsync();

        Assert.Equal((1, 1), (report.Quarantined, report.Removed));
        Assert.False(InLucene(c, "case-t01"));
        Assert.DoesNotContain("case-t01", await c.Graph.GetOwnersAsync(CancellationToken.None));
        Assert.DoesNotContain("case-t01", await LedgerIds(c));
    }

    [Fact]
    public async Task Records_left_in_an_old_quarantine_folder_inside_the_corpus_are_reported_and_never_read_or_moved()
    {
        using var c = new IndexedCorpus();
        var old = Directory.CreateDirectory(Path.Combine(c.Corpus.CorpusDir, "quarantine")).FullName;
        File.Copy(c.Corpus.CasePath("case-t01"), Path.Combine(old, "0123456789abcdef.json"));
        File.WriteAllText(Path.Combine(old, "0123456789abcdef.report.json"), "{}");
        File.Delete(c.Corpus.CasePath("case-t01"));
        var before = ReadOnlyTree.Hash(c.Corpus.CorpusDir);
        using var readOnly = new ReadOnlyTree(c.Corpus.CorpusDir);

        await c.RunAsync();

        Assert.Equal(before, ReadOnlyTree.Hash(c.Corpus.CorpusDir));
        var problem = Assert.Single(c.Status.Current.CorpusErrors);
        Assert.Equal("quarantine", problem.Path);
        Assert.Contains("1 record(s) wait in the old quarantine folder", problem.Reason);
        Assert.False(InLucene(c, "case-t01"));
    }
}
