using System.Text.Json;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;
using CaseGraph.Generator;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseGraph.Indexing.Tests;

public class GeneratorTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "casegraph-tests", Guid.NewGuid().ToString("N"));
    private static readonly Templates Templates = Templates.LoadEmbedded();

    [Fact]
    public void The_same_seed_gives_the_same_cases_and_another_seed_other_ones()
    {
        var a = new CaseSynthesizer(Templates, seed: 7);
        var b = new CaseSynthesizer(Templates, seed: 7);
        var c = new CaseSynthesizer(Templates, seed: 8);

        Assert.Equal(JsonSerializer.Serialize(a.Create(123)), JsonSerializer.Serialize(b.Create(123)));
        Assert.NotEqual(a.Create(123).Summary, c.Create(123).Summary);
        Assert.NotEqual(a.Create(123).Summary, a.Create(124).Summary);
    }

    [Fact]
    public void Generated_cases_are_valid_corpus_cases_of_realistic_length_with_medications()
    {
        var synthesizer = new CaseSynthesizer(Templates, seed: 1);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };
        var sizes = new List<int>();
        for (var i = 0; i < 300; i++)
        {
            var json = JsonSerializer.Serialize(synthesizer.Create(i), options);
            var outcome = CaseParser.Parse(json, $"case-{i}.json");
            Assert.Empty(outcome.Errors);
            Assert.NotEmpty(outcome.Value!.Medications);
            Assert.DoesNotContain("{", outcome.Value.Summary); // every slot was filled
            sizes.Add(json.Length);
        }
        Assert.InRange(sizes.Average(), 1000, 3000);
    }

    [Fact]
    public void Topics_shift_over_the_years_as_the_templates_say()
    {
        var synthesizer = new CaseSynthesizer(Templates, seed: 3, labelledShare: 1);
        var cases = Enumerable.Range(0, 4000).Select(i => synthesizer.Create(i)).ToList();
        double Share(string topic, Func<int, bool> years)
        {
            var inYears = cases.Where(c => years(int.Parse(c.Presented[..4]))).ToList();
            return inYears.Count(c => c.Topics[0] == topic) / (double)inYears.Count;
        }
        Assert.True(Share("harm-reduction", y => y >= 2024) > Share("harm-reduction", y => y <= 2020));
        Assert.True(Share("tapering", y => y <= 2020) > Share("tapering", y => y >= 2024));
        Assert.True(cases.Count(c => c.Presented.StartsWith("2025")) > cases.Count(c => c.Presented.StartsWith("2019")));
    }

    [Fact]
    public async Task A_written_archive_reads_without_errors_and_the_worker_indexes_it()
    {
        var corpus = Path.Combine(_dir, "corpus");
        var result = CorpusWriter.Write(RepositoryPaths.Default("corpus"), corpus, cases: 1200, seed: 5, labelledShare: 0.05);

        Assert.Equal(1200, result.Cases);
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(corpus, "cases")).Length);
        var snapshot = CorpusReader.Read(corpus);
        Assert.Empty(snapshot.Errors);
        Assert.Equal(1200, snapshot.Cases.Count);

        var paths = new IndexPaths(Path.Combine(_dir, "indexes"));
        var pipeline = new IndexingPipeline(paths, new SqliteGraphStore(paths.Graph), new IndexingStatus(), NullLogger<IndexingPipeline>.Instance);
        var report = await pipeline.RunAsync(corpus, CancellationToken.None);
        Assert.Equal(1200 + snapshot.Passages.Count + 1, report.Added);
        Assert.Equal(0, report.Quarantined); // generated text passes the identifier gate
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
