using System.Diagnostics;
using CaseGraph.Core.Graph;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Lucene;
using Microsoft.Extensions.Logging.Abstractions;
using static CaseGraph.Indexing.Tests.QuarantineTests;

namespace CaseGraph.Indexing.Tests;

/// <summary>Runs killed at random points on a read-only corpus with flagged records: the corpus is untouched and nothing is lost.</summary>
public class QuarantineKillTests
{
    private static readonly string[] Flagged = ["case-f01", "case-f02", "case-f03", "case-f04"];

    private static IndexedCorpus CorpusWithFlaggedRecords()
    {
        var c = new IndexedCorpus();
        foreach (var id in Flagged) c.Corpus.WriteCase(id, Identified, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");
        for (var i = 0; i < 40; i++)
            c.Corpus.WriteCase($"case-c{i:00}", $"A man in his fifties, case {i}, on methadone with chronic pain.", "Should we rotate?", "methadone", "Rotate slowly.", "tapering");
        return c;
    }

    /// <summary>
    /// Starts runs, each in a fresh pipeline as a restarted worker would be (no caches), and kills each at a random moment
    /// within the length of the last run that finished, until <paramref name="kills"/> were killed mid-way (or 12 tries);
    /// the last run completes. Returns how many were killed.
    /// </summary>
    private static async Task<int> KillRunsThenFinishAsync(IndexedCorpus c, Random random, int kills)
    {
        var (killed, span) = (0, 500.0);
        for (var attempt = 0; attempt < 12 && killed < kills; attempt++)
        {
            var pipeline = new IndexingPipeline(c.Paths, c.Graph, c.Status, NullLogger<IndexingPipeline>.Instance);
            using var kill = new CancellationTokenSource(TimeSpan.FromMilliseconds(random.NextDouble() * span));
            var clock = Stopwatch.StartNew();
            try { await pipeline.RunAsync(c.Corpus.CorpusDir, kill.Token); span = clock.Elapsed.TotalMilliseconds; }
            catch (OperationCanceledException) { killed++; }
        }
        await new IndexingPipeline(c.Paths, c.Graph, c.Status, NullLogger<IndexingPipeline>.Instance).RunAsync(c.Corpus.CorpusDir, CancellationToken.None);
        return killed;
    }

    private static async Task AssertNothingLost(IndexedCorpus c, IReadOnlyCollection<string> held)
    {
        var ledger = (await LedgerIds(c)).Where(k => k != GraphFragments.VocabularyOwner).Order().ToList();
        var expected = Directory.GetFiles(c.Corpus.CasesDir).Select(f => Path.GetFileNameWithoutExtension(f)).Where(id => !held.Contains(id))
            .Concat(["g-benzo", "g-bup", "g-taper"]).Order().ToList();
        Assert.Equal(expected, ledger);
        using (var writer = new LuceneIndexWriter(c.Paths.Lucene, DrugWords.None)) Assert.Equal(ledger, writer.Owners().Order());
        Assert.Equal(ledger, (await c.Graph.GetOwnersAsync(CancellationToken.None)).Order());
        var heldNow = await Held(c);
        Assert.Equal(held.Order(), heldNow.Where(h => !h.Released).Select(h => h.Id).Order());
        Assert.All(heldNow, h => Assert.True(File.Exists(QuarantinedFile(c, h.Kind, h.Source, h.Id))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Runs_killed_at_random_points_on_a_read_only_corpus_lose_nothing_and_release_still_works(int seed)
    {
        using var c = CorpusWithFlaggedRecords();
        var random = new Random(seed);
        var before = ReadOnlyTree.Hash(c.Corpus.CorpusDir);
        using var readOnly = new ReadOnlyTree(c.Corpus.CorpusDir);

        Assert.Equal(3, await KillRunsThenFinishAsync(c, random, kills: 3));

        Assert.Equal(before, ReadOnlyTree.Hash(c.Corpus.CorpusDir));
        await AssertNothingLost(c, Flagged);

        readOnly.Edit(() => c.Corpus.WriteCase("case-f01", Clean, "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering"));
        await new Ledger.HeldRecords(c.Paths.Ledger).ReleaseAsync("case-f02", CancellationToken.None);
        var edited = ReadOnlyTree.Hash(c.Corpus.CorpusDir);
        Assert.Equal(3, await KillRunsThenFinishAsync(c, random, kills: 3));

        Assert.Equal(edited, ReadOnlyTree.Hash(c.Corpus.CorpusDir));
        await AssertNothingLost(c, ["case-f03", "case-f04"]);
        Assert.Contains(await Held(c), h => h.Id == "case-f02" && h.Released); // kept as released while unchanged
    }
}
