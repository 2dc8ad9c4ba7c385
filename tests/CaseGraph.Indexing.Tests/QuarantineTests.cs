using System.Text.Json;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Indexing.Privacy;

namespace CaseGraph.Indexing.Tests;

public class QuarantineTests
{
    private const string Identified = "Mrs. Lopez, reachable at (503) 555-0142, has chronic low back pain on oxycodone.";
    private const string Clean = "A woman in her forties has chronic low back pain on oxycodone.";

    internal static string QuarantineDir(IndexedCorpus c) => Path.Combine(c.Corpus.CorpusDir, "quarantine");

    /// <summary>Where the gate keeps a record: named by a hash of kind, source and id, never by the id or file name.</summary>
    internal static string QuarantinedFile(IndexedCorpus c, string kind, string source, string id) =>
        Path.Combine(QuarantineDir(c), QuarantineGate.NameFor(kind, source, id) + ".json");

    private static async Task<IReadOnlySet<string>> LedgerIds(IndexedCorpus c) =>
        (await new IngestionLedger(c.Paths.Ledger).GetAllAsync(CancellationToken.None)).Keys.ToHashSet();

    private static bool InLucene(IndexedCorpus c, string id)
    {
        using var index = c.OpenIndex();
        return index.GetCase(id, CancellationToken.None) is not null
            || index.Search(new IndexQuery { Kind = DocumentKind.Guideline, Limit = 100 }, CancellationToken.None).Hits.Any(h => h.Id == id);
    }

    [Fact]
    public async Task A_case_with_identifiers_is_moved_to_quarantine_with_a_report_that_never_repeats_them_and_is_indexed_nowhere()
    {
        using var c = new IndexedCorpus();
        c.Corpus.WriteCase("case-p01", Identified, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");

        var report = await c.RunAsync();

        Assert.Equal(1, report.Quarantined);
        Assert.False(File.Exists(c.Corpus.CasePath("case-p01")));
        var moved = QuarantinedFile(c, "case", "cases/case-p01.json", "case-p01");
        Assert.Contains("555-0142", File.ReadAllText(moved)); // the record itself is kept whole
        var reportText = File.ReadAllText(Path.ChangeExtension(moved, ".report.json"));
        Assert.DoesNotContain("555-0142", reportText);
        Assert.DoesNotContain("Lopez", reportText);
        var kinds = JsonDocument.Parse(reportText).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString());
        Assert.Equal(["name", "phone"], kinds.Order());
        Assert.False(InLucene(c, "case-p01"));
        Assert.DoesNotContain("case-p01", await c.Graph.GetOwnersAsync(CancellationToken.None));
        Assert.DoesNotContain("case-p01", await LedgerIds(c));
        Assert.Equal(1, c.Status.Current.Quarantine!.Records);
    }

    [Fact]
    public async Task A_quarantined_case_fixed_in_place_is_moved_back_and_indexed()
    {
        using var c = new IndexedCorpus();
        c.Corpus.WriteCase("case-p01", Identified, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");
        await c.RunAsync();
        var moved = QuarantinedFile(c, "case", "cases/case-p01.json", "case-p01");
        File.WriteAllText(moved, File.ReadAllText(moved).Replace(Identified, Clean));

        var report = await c.RunAsync();

        Assert.Equal((1, 0, 1), (report.Released, report.Quarantined, report.Added));
        Assert.True(File.Exists(c.Corpus.CasePath("case-p01")));
        Assert.False(File.Exists(moved));
        Assert.True(InLucene(c, "case-p01"));
        Assert.Equal(0, c.Status.Current.Quarantine!.Records);
    }

    [Fact]
    public async Task A_record_quarantined_again_keeps_the_copy_that_was_waiting()
    {
        using var c = new IndexedCorpus();
        c.Corpus.WriteCase("case-p01", Identified, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");
        await c.RunAsync();
        c.Corpus.WriteCase("case-p01", Identified + " Seen again.", "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");

        await c.RunAsync();

        var name = Path.GetFileNameWithoutExtension(QuarantinedFile(c, "case", "cases/case-p01.json", "case-p01"));
        var copies = Directory.GetFiles(QuarantineDir(c), name + "*.json").Where(f => !f.EndsWith(".report.json")).ToList();
        Assert.Equal(2, copies.Count);
        Assert.Contains(copies, f => File.ReadAllText(f).Contains("Seen again."));
    }

    [Fact]
    public async Task A_passage_with_an_identifier_leaves_its_file_alone_and_comes_back_when_fixed()
    {
        using var c = new IndexedCorpus();
        var file = Path.Combine(c.Corpus.GuidelinesDir, "passages.jsonl");
        File.AppendAllText(file, "\n" + JsonSerializer.Serialize(new { id = "g-x", title = "Example", text = "For example, patient Jane Roe (MRN 4455667) asked to taper.", source = "Test", section = "Example" }));

        await c.RunAsync();

        Assert.Equal(3, File.ReadAllLines(file).Count(l => l.Trim().Length > 0));
        Assert.DoesNotContain("g-x", File.ReadAllText(file));
        var moved = QuarantinedFile(c, "guideline", "guidelines/passages.jsonl", "g-x");
        Assert.True(File.Exists(moved));
        Assert.False(InLucene(c, "g-x"));
        Assert.True(InLucene(c, "g-bup"));

        File.WriteAllText(moved, File.ReadAllText(moved).Replace("patient Jane Roe (MRN 4455667)", "a patient"));
        var report = await c.RunAsync();

        Assert.Equal(1, report.Released);
        Assert.Contains("g-x", File.ReadAllText(file));
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
}
