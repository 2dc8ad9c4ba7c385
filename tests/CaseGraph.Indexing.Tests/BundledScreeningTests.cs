using CaseGraph.Core.Privacy;
using CaseGraph.Generator;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Privacy;

namespace CaseGraph.Indexing.Tests;

/// <summary>The screen of every field and the closed id shape hold back nothing of the bundled or a generated corpus.</summary>
public class BundledScreeningTests
{
    private static readonly CorpusSnapshot Bundled = CorpusReader.Read(RepositoryPaths.Default("corpus"));
    private static readonly PhiDetector Detector = PhiLexicons.Detector(Bundled.Vocabulary);

    [Fact]
    public void Every_bundled_record_scans_clean_in_every_field()
    {
        Assert.Empty(Bundled.Cases.SelectMany(c => RecordScanner.Scan(c.Item, Detector).Select(f => $"{c.Item.Id}: {f}")));
        Assert.Empty(Bundled.Passages.SelectMany(p => RecordScanner.Scan(p.Item, Detector).Select(f => $"{p.Item.Id}: {f}")));
    }

    [Fact]
    public void Every_bundled_path_and_id_is_its_own_safe_label()
    {
        var labels = new SafeLabels(Detector);
        var paths = Bundled.Cases.Select(c => c.Path).Concat(Bundled.Passages.Select(p => p.Path)).Distinct().ToList();
        var ids = Bundled.Cases.SelectMany(c => c.Item.Recommendations.Select(r => r.Id).Append(c.Item.Id)).Concat(Bundled.Passages.Select(p => p.Item.Id)).ToList();

        Assert.Equal(paths, paths.Select(labels.ForPath));
        Assert.Equal(ids, ids.Select(labels.ForId));
    }

    [Fact]
    public void A_generated_corpus_reads_and_scans_clean()
    {
        var dir = Path.Combine(Path.GetTempPath(), "casegraph-tests", Guid.NewGuid().ToString("N"));
        try
        {
            CorpusWriter.Write(RepositoryPaths.Default("corpus"), dir, cases: 300, seed: 11, labelledShare: 0.05);
            var generated = CorpusReader.Read(dir);

            Assert.Empty(generated.Errors);
            Assert.Empty(generated.Cases.SelectMany(c => RecordScanner.Scan(c.Item, Detector)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
