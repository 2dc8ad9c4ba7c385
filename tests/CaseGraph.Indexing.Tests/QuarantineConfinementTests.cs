using System.Text.Json;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Indexing.Pipeline;
using static CaseGraph.Indexing.Tests.QuarantineTests;

namespace CaseGraph.Indexing.Tests;

/// <summary>Finding 5: the gate reads, writes and deletes only inside the corpus, whatever a report or a link says.</summary>
public class QuarantineConfinementTests
{
    private const string Identified = "Mrs. Lopez, reachable at (503) 555-0142, has chronic low back pain on oxycodone.";
    private const string Clean = "A woman in her forties has chronic low back pain on oxycodone.";

    private static string Outside(IndexedCorpus c) => Directory.CreateDirectory(Path.Combine(c.Corpus.Root, "outside")).FullName;

    private static string[] FilesOutside(IndexedCorpus c) => Directory.GetFiles(Outside(c), "*", SearchOption.AllDirectories);

    private static string CraftedReport(string kind, string source) => JsonSerializer.Serialize(new
    {
        source, id = "case-p01", kind, checkedAt = DateTimeOffset.UtcNow, findings = Array.Empty<object>(), howToRelease = "",
    });

    [Theory]
    [InlineData("case", "ABSOLUTE/escaped.json")]
    [InlineData("case", "../outside/escaped.json")]
    [InlineData("guideline", "../outside/appended.jsonl")]
    [InlineData("guideline", "ABSOLUTE/appended.jsonl")]
    public async Task A_crafted_report_cannot_send_a_released_record_outside_the_corpus(string kind, string source)
    {
        using var c = new IndexedCorpus();
        c.Corpus.WriteCase("case-p01", Identified, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");
        await c.RunAsync();
        var moved = QuarantinedFile(c, "case", "cases/case-p01.json", "case-p01");
        File.WriteAllText(moved, File.ReadAllText(moved).Replace(Identified, Clean));
        File.WriteAllText(Path.ChangeExtension(moved, ".report.json"), CraftedReport(kind, source.Replace("ABSOLUTE", Outside(c))));

        var report = await c.RunAsync();

        Assert.Empty(FilesOutside(c));
        Assert.Equal(1, report.Released);
        Assert.Contains(Clean, File.ReadAllText(c.Corpus.CasePath("case-p01"))); // back where the worker noted it came from
    }

    /// <param name="note">the origin a tampered ledger notes for the forged record (null: none)</param>
    [Theory]
    [InlineData(null, "the worker has no note of where it came from")]
    [InlineData("../outside/escaped.json", "its noted origin is not a corpus file of its kind")]
    [InlineData("ABSOLUTE/escaped.json", "its noted origin is not a corpus file of its kind")]
    [InlineData("cases/../../outside/escaped.json", "its noted origin lies outside the corpus")]
    [InlineData("cases/linked/escaped.json", "its noted origin lies outside the corpus or behind a symbolic link")]
    public async Task A_forged_record_and_report_stay_in_quarantine_whatever_origin_is_noted(string? note, string reason)
    {
        using var c = new IndexedCorpus();
        var quarantine = Directory.CreateDirectory(QuarantineDir(c)).FullName;
        const string name = "0123456789abcdef";
        File.Copy(c.Corpus.CasePath("case-t01"), Path.Combine(quarantine, name + ".json"));
        File.WriteAllText(Path.Combine(quarantine, name + ".report.json"), CraftedReport("case", Path.Combine(Outside(c), "escaped.json")));
        Directory.CreateSymbolicLink(Path.Combine(c.Corpus.CasesDir, "linked"), Outside(c));
        if (note is not null)
            await new QuarantineRegister(c.Paths.Ledger).AddAsync(new QuarantineOrigin(name, "case", note.Replace("ABSOLUTE", Outside(c)), "case-t01"), CancellationToken.None);
        var logger = new RecordingLogger();

        var report = await new IndexingPipeline(c.Paths, c.Graph, c.Status, logger).RunAsync(c.Corpus.CorpusDir, CancellationToken.None);

        Assert.Equal(0, report.Released);
        Assert.Empty(FilesOutside(c));
        Assert.True(File.Exists(Path.Combine(quarantine, name + ".json")));
        Assert.Contains(logger.Lines, l => l.Contains($"{name} stays in quarantine: {reason}"));
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
        var links = c.Status.Current.CorpusErrors.Where(e => e.Reason.Contains("symbolic link")).Select(e => e.Path).Order();
        Assert.Equal(["cases/case-t01.json", "cases/linked"], links);
        using var index = c.OpenIndex();
        Assert.Null(index.GetCase("case-out", CancellationToken.None));
        Assert.Null(index.GetCase("case-t01", CancellationToken.None));
        Assert.NotNull(index.GetCase("case-t02", CancellationToken.None));
    }

    [Fact]
    public async Task A_quarantine_folder_that_is_a_link_out_of_the_corpus_receives_nothing()
    {
        using var c = new IndexedCorpus();
        c.Corpus.WriteCase("case-p01", Identified, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");
        Directory.CreateSymbolicLink(QuarantineDir(c), Outside(c));

        var report = await c.RunAsync();

        Assert.Empty(FilesOutside(c));
        Assert.True(File.Exists(c.Corpus.CasePath("case-p01")));
        Assert.Contains(c.Status.Current.CorpusErrors, e => e.Reason.Contains("the quarantine folder is a symbolic link"));
        Assert.Equal((1, 12), (report.Quarantined, report.Added)); // held back: 8 cases, 3 passages and the vocabulary indexed
    }
}
