using CaseGraph.Indexing.Pipeline;
using static CaseGraph.Indexing.Tests.QuarantineTests;

namespace CaseGraph.Indexing.Tests;

/// <summary>Finding 7 (file names): one file, whatever its name, never stops a run, and its name never reaches quarantine or the log.</summary>
public class QuarantineNamingTests
{
    private const string Identifier = "maria-lopez-0142"; // a name and a number: an id of the allowed shape that still identifies

    [Fact]
    public async Task A_case_with_identifiers_in_a_250_byte_file_name_and_id_is_held_by_hash_and_the_run_completes()
    {
        using var c = new IndexedCorpus();
        var id = "case-" + Identifier;
        c.Corpus.WriteCase(id, Identified, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");
        var fileName = $"{id}-{new string('x', 250 - id.Length - 1 - ".json".Length)}.json";
        Assert.Equal(250, System.Text.Encoding.UTF8.GetByteCount(fileName));
        var longPath = Path.Combine(c.Corpus.CasesDir, fileName);
        File.Move(c.Corpus.CasePath(id), longPath);
        var logger = new RecordingLogger();
        var pipeline = new IndexingPipeline(c.Paths, c.Graph, c.Status, logger);

        var report = await pipeline.RunAsync(c.Corpus.CorpusDir, CancellationToken.None);

        Assert.Equal((1, 12), (report.Quarantined, report.Added)); // 8 cases, 3 passages, the vocabulary
        Assert.True(File.Exists(longPath)); // the corpus is only read
        var inQuarantine = Directory.GetFiles(QuarantineDir(c)).Select(Path.GetFileName).ToList();
        Assert.Equal(2, inQuarantine.Count); // the record and its report
        Assert.All(inQuarantine, name => Assert.DoesNotContain("lopez", name!, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logger.Lines, l => l.Contains("lopez", StringComparison.OrdinalIgnoreCase) || l.Contains("5550142"));
        Assert.Empty(c.Status.Current.CorpusErrors);

        Assert.True(File.Exists(QuarantinedFile(c, "case", "cases/" + fileName, id)));
        // The id names the patient too: the coordinator renames it along with the summary, so the held record is gone.
        File.WriteAllText(longPath, File.ReadAllText(longPath).Replace(Identified, Clean).Replace(id, "case-t99"));
        var fixedRun = await pipeline.RunAsync(c.Corpus.CorpusDir, CancellationToken.None);

        Assert.Equal((0, 1), (fixedRun.Quarantined, fixedRun.Added));
        Assert.Empty(await Held(c));
        Assert.Empty(Directory.GetFiles(QuarantineDir(c)));
        Assert.DoesNotContain(logger.Lines, l => l.Contains("lopez", StringComparison.OrdinalIgnoreCase) || l.Contains("5550142"));
    }

    [Fact]
    public async Task A_record_the_gate_cannot_copy_is_reported_without_its_identifiers_indexed_nowhere_and_the_run_completes()
    {
        using var c = new IndexedCorpus();
        c.Corpus.WriteCase("case-" + Identifier, Identified, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");
        Directory.CreateDirectory(c.Corpus.IndexesDir);
        File.WriteAllText(QuarantineDir(c), "a file where the quarantine folder should be");
        var logger = new RecordingLogger();

        var report = await new IndexingPipeline(c.Paths, c.Graph, c.Status, logger).RunAsync(c.Corpus.CorpusDir, CancellationToken.None);

        Assert.Equal((1, 12), (report.Quarantined, report.Added));
        Assert.True(File.Exists(c.Corpus.CasePath("case-" + Identifier))); // left where it was, not lost
        var error = Assert.Single(c.Status.Current.CorpusErrors);
        Assert.Contains("no copy could be kept in quarantine", error.Reason);
        Assert.DoesNotContain("lopez", error.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(logger.Lines, l => l.Contains("could not be copied to quarantine"));
        using var index = c.OpenIndex();
        Assert.Null(index.GetCase("case-" + Identifier, CancellationToken.None));
    }
}
