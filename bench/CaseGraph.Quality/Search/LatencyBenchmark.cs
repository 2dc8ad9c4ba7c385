using System.Diagnostics;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Evaluation.Search;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Lucene;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseGraph.Quality.Search;

/// <summary>
/// In-process latency of the query paths the API handlers call, over a real index of a corpus: each judged query
/// run repeatedly after a warm-up, reported as p50/p99/max per path.
/// </summary>
public static class LatencyBenchmark
{
    public const int WarmUpRounds = 5;

    public static async Task RunAsync(string corpusDirectory, IReadOnlyList<JudgedQuery> queries, int rounds, TextWriter output)
    {
        var temp = Path.Combine(Path.GetTempPath(), "casegraph-latency", Guid.NewGuid().ToString("N"));
        try
        {
            var paths = new IndexPaths(temp);
            var graph = new SqliteGraphStore(paths.Graph);
            var status = new IndexingStatus();
            await new IndexingPipeline(paths, graph, status, NullLogger<IndexingPipeline>.Instance).RunAsync(corpusDirectory, CancellationToken.None);
            using var index = new LuceneSearchIndex(paths.Lucene);
            using var view = index.Pin();
            var search = new CombinedSearch(view, graph);

            output.WriteLine($"{"path",-28}{"calls",8}{"p50 ms",10}{"p99 ms",10}{"max ms",10}");
            foreach (var kind in new[] { JudgedQuery.SimilarCases, JudgedQuery.Recommendations, JudgedQuery.Guidelines })
            {
                var ofKind = queries.Where(q => q.Kind == kind).ToList();
                if (ofKind.Count == 0) continue;
                for (var warmUp = 0; warmUp < WarmUpRounds; warmUp++) // let tiered JIT settle before timing
                    foreach (var q in ofKind) await SearchEvaluation.RankAsync(search, view.Model, q, CancellationToken.None);
                var times = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var q in ofKind)
                    {
                        var clock = Stopwatch.StartNew();
                        await SearchEvaluation.RankAsync(search, view.Model, q, CancellationToken.None);
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }
                Report(kind, times, output);
            }
            TopicTagging(corpusDirectory, rounds, output);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>Tagging one case with the trained topic model (featurize + one classifier per topic), from a pooled engine.</summary>
    public static void TopicTagging(string corpusDirectory, int rounds, TextWriter output)
    {
        var snapshot = CaseGraph.Indexing.Corpus.CorpusReader.Read(corpusDirectory);
        var extractor = new CaseGraph.Core.Concepts.ConceptExtractor(snapshot.Vocabulary);
        var inputs = snapshot.Cases.Select(c => CaseGraph.Core.Topics.TopicInput.For(c.Item, snapshot.Vocabulary, extractor)).ToList();
        var dir = Directory.CreateTempSubdirectory("casegraph-tagger-").FullName;
        try
        {
            var tagger = CaseGraph.Topics.MLNet.TopicModelTrainer.Train(dir,
                snapshot.Cases.Select((c, i) => new CaseGraph.Topics.MLNet.LabelledDocument(inputs[i], c.Item.Topics)).Where(e => e.Topics.Count > 0).ToList(),
                snapshot.Topics);
            for (var warmUp = 0; warmUp < WarmUpRounds; warmUp++) foreach (var text in inputs) tagger.Tag(text);
            var times = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var text in inputs)
                {
                    var clock = Stopwatch.StartNew();
                    tagger.Tag(text);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
            Report("topic tagging (one case)", times, output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Report(string path, List<double> times, TextWriter output)
    {
        times.Sort();
        output.WriteLine($"{path,-28}{times.Count,8}{Percentile(times, 0.5),10:F2}{Percentile(times, 0.99),10:F2}{times[^1],10:F2}");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
