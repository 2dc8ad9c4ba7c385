using Xunit.Abstractions;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CaseGraph.Generator;
using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Api.Tests.ReadModel;

/// <summary>
/// The docker-compose shape: the stand-alone worker and a read-only API (<c>RunWorker=false</c>) as two processes on
/// the same indexes. A new vocabulary concept and a case naming it reach the API's answers without restarting it,
/// and no answer pairs a vocabulary with an index built from another: while the worker rewrites every item, each
/// answer either knows the concept and finds its case, or does neither.
/// </summary>
public sealed class SeparateWorkerAndApiTests(ITestOutputHelper output) : IDisposable
{
    private const string Brand = "Zorbix", ConceptId = "zorbafen", NewCaseId = "case-z0001";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "casegraph-e2e-" + Guid.NewGuid().ToString("N"));
    private string Corpus => Path.Combine(_root, "corpus");
    private string Indexes => Path.Combine(_root, "indexes");

    [Fact]
    public async Task A_corpus_and_vocabulary_change_reach_a_separate_read_only_api_and_no_answer_mixes_vocabulary_and_index()
    {
        CorpusWriter.Write(BundledKestrelFactory.BundledCorpus, Corpus, cases: 600, seed: 5, labelledShare: 0.05);
        var settings = new Dictionary<string, string>
        {
            ["CaseGraph__WatchIntervalSeconds"] = "1", ["Logging__LogLevel__Default"] = "Warning", ["CaseGraph__Semantic__Enabled"] = "false",
        };
        using var worker = HostProcess.Start("CaseGraph.Worker", "casegraph-worker", ["--corpus", Corpus, "--indexes", Indexes, "--watch"], settings);
        var port = FreePort();
        using var api = HostProcess.Start("CaseGraph.Api", "CaseGraph.Api", ["--corpus", Corpus, "--indexes", Indexes, "--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string>(settings) { ["CaseGraph__RunWorker"] = "false" });
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        await UntilAsync(async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode, TimeSpan.FromSeconds(120), "the read-only API was not ready", worker, api);

        var before = await AskAsync(client);
        Assert.False(before.KnowsConcept);
        Assert.False(before.FindsCase);

        // A new medication in the vocabulary (every item is rewritten with it) and a new case that names its brand. A run
        // reading the corpus between the two would rightly index the concept without the case (the corpus is not
        // transactional), so both are written under names the reader skips and renamed into place back to back.
        var vocabulary = $"id\tkind\tname\tsynonyms\tparents\n{ConceptId}\tmedication\t{ConceptId}\t{Brand}\topioids\n";
        var newCase = JsonSerializer.Serialize(new
        {
            id = NewCaseId, presented = "2026-10", setting = "rural", patient = new { ageBand = "40-49", sex = "male" },
            summary = $"Chronic low back pain, now on {Brand} 10 mg twice daily after oxycodone stopped helping.",
            questions = new[] { "How should we follow him on this new opioid?" },
            recommendations = new[] { new { id = NewCaseId + "-r1", text = "Check a urine drug test and prescribe naloxone." } },
        });
        var (vocabularyFile, caseFile) = (Path.Combine(Corpus, "vocabulary", "zz-new.tsv"), Path.Combine(Corpus, "cases", NewCaseId + ".json"));
        File.WriteAllText(vocabularyFile + ".part", vocabulary);
        File.WriteAllText(caseFile + ".part", newCase);
        File.Move(vocabularyFile + ".part", vocabularyFile);
        File.Move(caseFile + ".part", caseFile);

        var answers = new List<Answer>();
        var apiPid = api.Id;
        await UntilAsync(async () =>
        {
            answers.Add(await AskAsync(client));
            return answers[^1] is { KnowsConcept: true, FindsCase: true };
        }, TimeSpan.FromSeconds(180), "the change did not reach the API", worker, api);

        output.WriteLine($"{answers.Count} answers while the worker ran, from sequences {string.Join(", ", answers.Select(a => a.Sequence).Distinct())}");
        Assert.Equal(apiPid, api.Id);
        Assert.False(api.HasExited, "the API was not restarted");
        Assert.All(answers, a => Assert.True(a.KnowsConcept == a.FindsCase,
            $"sequence {a.Sequence}: the vocabulary {(a.KnowsConcept ? "knows" : "lacks")} {ConceptId} but the index {(a.FindsCase ? "has" : "lacks")} its case"));
        Assert.True(answers.Select(a => a.Sequence).SequenceEqual(answers.Select(a => a.Sequence).Order()), "commits are picked up in order");
        Assert.True(answers[^1].Sequence > before.Sequence);
    }

    private sealed record Answer(long Sequence, bool KnowsConcept, bool FindsCase);

    private static async Task<Answer> AskAsync(HttpClient client)
    {
        using var response = await client.GetAsync($"/api/search?q={Brand}&kind=case&limit=50");
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var sequence = long.Parse(response.Headers.GetValues("X-Index-Sequence").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var knows = body.GetProperty("interpretation").GetProperty("concepts").EnumerateArray().Any(c => c.GetProperty("id").GetString() == ConceptId);
        var finds = body.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetString() == NewCaseId);
        return new Answer(sequence, knows, finds);
    }

    private static async Task UntilAsync(Func<Task<bool>> done, TimeSpan limit, string what, params HostProcess[] hosts)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                if (await done()) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            if (DateTime.UtcNow > deadline || hosts.Any(h => h.HasExited))
                Assert.Fail($"{what} within {limit.TotalSeconds:0} s.\n" + string.Join("\n---\n", hosts.Select(h => h.Output)));
            await Task.Delay(50);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
