using System.Text;
using System.Text.Json;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Search;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Lucene;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Tests;

/// <summary>
/// The reviewer's attacks on a real corpus folder through a real run (Lucene index, SQLite graph and ledger on disk):
/// identifiers in unscreened fields, in ids and in invalid values, oversized and badly encoded files.
/// </summary>
public sealed class FieldScreeningRunTests : IDisposable
{
    private const string Phone = "555-867-5309";
    private static readonly string[] Identifiers = ["Mary", "Jones", "John Smith", "867-5309", "48213377", "1961"];

    private readonly TestCorpus _corpus = new();
    private readonly CapturedLog<IndexingPipeline> _log = new();
    private readonly IndexingStatus _status = new();
    private readonly IndexPaths _paths;
    private readonly SqliteGraphStore _graph;
    private readonly IndexingPipeline _pipeline;

    public FieldScreeningRunTests()
    {
        _paths = new IndexPaths(_corpus.IndexesDir);
        _graph = new SqliteGraphStore(_paths.Graph);
        _pipeline = new IndexingPipeline(_paths, _graph, _status, _log);
    }

    public void Dispose() => _corpus.Dispose();

    private Task<IndexingReport> RunAsync() => _pipeline.RunAsync(_corpus.CorpusDir, CancellationToken.None);

    /// <summary>A valid case as JSON, with one field changed by the caller.</summary>
    private static Dictionary<string, object> Case(string id) => new()
    {
        ["id"] = id, ["presented"] = "2022-05", ["setting"] = "rural", ["patient"] = new { ageBand = "40-49", sex = "female" },
        ["summary"] = "Woman on oxycodone for chronic low back pain wants to taper.", ["questions"] = new[] { "How fast can we taper?" },
        ["medications"] = new[] { new { name = "oxycodone", dose = 10, unit = "mg", frequency = "q6h" } },
        ["recommendations"] = new[] { new { id = id + "-r1", text = "Taper by 10% a month." } },
    };

    private void Write(string fileName, object record) => File.WriteAllText(Path.Combine(_corpus.CasesDir, fileName), JsonSerializer.Serialize(record));

    private IReadOnlyList<CorpusError> Problems => _status.Current.CorpusErrors;

    private async Task<bool> IndexedAnywhere(string id)
    {
        using var index = LuceneSearchIndex.OpenPinned(_paths.Lucene);
        var ledger = await new IngestionLedger(_paths.Ledger).GetAllAsync(CancellationToken.None);
        return index.GetCase(id, CancellationToken.None) is not null || ledger.ContainsKey(id) || (await _graph.GetOwnersAsync(CancellationToken.None)).Contains(id);
    }

    [Fact]
    public async Task The_reviewers_records_reach_neither_index_nor_graph_and_no_message_or_log_line_quotes_them()
    {
        var frequency = Case("case-r01");
        frequency["medications"] = new[] { new { name = "oxycodone", dose = 10, unit = "mg", frequency = $"q6h per Dr. Mary Jones {Phone}" } };
        var unit = Case("case-r02");
        unit["medications"] = new[] { new { name = "oxycodone", dose = 10, unit = $"mg per Dr. Mary Jones {Phone}", frequency = "q6h" } };
        var setting = Case("case-r04");
        setting["setting"] = $"Dr. John Smith clinic {Phone}";
        var recommendationId = Case("case-r05");
        recommendationId["recommendations"] = new[] { new { id = "mary-jones-r1", text = "Taper by 10% a month." } };
        Write("case-r01.json", frequency);
        Write("case-r02.json", unit);
        Write("case-r03.json", Case("Mary-Jones-1961-04-12-MRN48213377"));
        Write("case-r04.json", setting);
        Write("case-r05.json", recommendationId);
        Write($"Mary-Jones-{Phone}.json", setting);

        var report = await RunAsync();

        Assert.Equal(TestCorpus.Cases.Count + TestCorpus.Passages.Count + 1, report.Added); // the clean cases, the passages, the vocabulary
        Assert.Equal(2, report.Quarantined); // the frequency and the recommendation id
        foreach (var id in new[] { "case-r01", "case-r02", "Mary-Jones-1961-04-12-MRN48213377", "case-r04", "case-r05", "mary-jones-r1" })
            Assert.False(await IndexedAnywhere(id), id);
        Assert.True(await IndexedAnywhere("case-t01"));
        using (var index = LuceneSearchIndex.OpenPinned(_paths.Lucene))
            foreach (var word in new[] { "Jones", "5309", "Smith", "oxycodone" })
                Assert.Equal(word == "oxycodone", index.Search(new IndexQuery { Text = word }, CancellationToken.None).Hits.Count > 0);

        Assert.Contains(Problems, e => e.Path == "cases/case-r02.json" && e.Reason.StartsWith("'medications[0].unit' must be one of mg"));
        Assert.Contains(Problems, e => e.Path == "cases/case-r03.json" && e.Reason == $"'id' {RecordIds.Rule}");
        Assert.Contains(Problems, e => e.Path == "cases/case-r04.json" && e.Reason.StartsWith("'setting' must be one of rural"));
        Assert.Contains(Problems, e => e.Path.StartsWith("file#") && e.Reason.StartsWith("'setting' must be one of rural"));
        var everything = string.Join("\n", [.. Problems.Select(p => p.ToString()), .. _log.Lines.Select(l => l.Text)]);
        foreach (var identifier in Identifiers) Assert.False(Quoting.Quotes(everything, identifier), $"quoted: {identifier}");
    }

    [Fact]
    public async Task A_1_MB_and_a_50_MB_case_are_skipped_unread_with_a_clear_error_and_the_other_records_are_indexed()
    {
        WriteLargeCase("case-big1.json", 1 << 20);
        WriteLargeCase("case-big50.json", 50 << 20);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = await RunAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the run took {clock.Elapsed}");
        Assert.Equal(TestCorpus.Cases.Count + TestCorpus.Passages.Count + 1, report.Added);
        var limit = CorpusLimits.Default.MaxCaseFileBytes;
        foreach (var file in new[] { "cases/case-big1.json", "cases/case-big50.json" })
            Assert.Contains(new CorpusError(file, 0, $"the file is larger than {limit} bytes (the limit); skipped"), Problems);
        Assert.Equal(2, report.Skipped);
    }

    /// <summary>A valid case whose summary makes the file the given size: the shape of the reviewer's 1 MB and 50 MB cases.</summary>
    private void WriteLargeCase(string fileName, int bytes)
    {
        var json = JsonSerializer.Serialize(Case(Path.GetFileNameWithoutExtension(fileName)));
        var cut = json.IndexOf("Woman on", StringComparison.Ordinal);
        using var file = new StreamWriter(Path.Combine(_corpus.CasesDir, fileName), false, new UTF8Encoding(false));
        file.Write(json[..cut]);
        var sentence = "denies oxycodone, no heroin, mother has OUD, ";
        for (var written = json.Length; written < bytes; written += sentence.Length) file.Write(sentence);
        file.Write(json[cut..]);
    }

    [Fact]
    public async Task An_id_ending_in_a_newline_is_reported_and_skipped()
    {
        Write("case-n01.json", Case("case-n01\n"));

        await RunAsync();

        Assert.Contains(new CorpusError("cases/case-n01.json", 1, $"'id' {RecordIds.Rule}"), Problems);
        Assert.False(await IndexedAnywhere("case-n01\n"));
        Assert.False(await IndexedAnywhere("case-n01"));
    }

    [Fact]
    public async Task A_file_with_invalid_utf8_is_reported_with_its_path_and_byte_offset_and_the_other_files_are_indexed()
    {
        var caseBytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Case("case-u01"))).ToList();
        var at = caseBytes.IndexOf((byte)'W'); // inside the summary
        caseBytes.Insert(at, 0xFF);
        File.WriteAllBytes(Path.Combine(_corpus.CasesDir, "case-u01.json"), [.. caseBytes]);
        var passage = JsonSerializer.Serialize(new { id = "bad-1", title = "T", text = "Naloxone for everyone.", source = "S", section = "1" });
        File.WriteAllBytes(Path.Combine(_corpus.GuidelinesDir, "bad.jsonl"), [.. Encoding.UTF8.GetBytes("\n" + passage[..20]), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(passage[20..])]);

        var report = await RunAsync();

        Assert.Contains(new CorpusError("cases/case-u01.json", 1, $"not valid UTF-8 at byte offset {at}; skipped"), Problems);
        Assert.Contains(new CorpusError("guidelines/bad.jsonl", 2, "not valid UTF-8 at byte offset 21; skipped"), Problems);
        Assert.False(await IndexedAnywhere("case-u01"));
        Assert.Equal(TestCorpus.Cases.Count + TestCorpus.Passages.Count + 1, report.Added);
    }

    [Fact]
    public async Task A_corpus_problem_is_logged_once_not_on_every_watch_cycle()
    {
        var setting = Case("case-w01");
        setting["setting"] = "nowhere";
        Write("case-w01.json", setting);
        int Warnings() => _log.Lines.Count(l => l.Level == LogLevel.Warning && l.Text.Contains("cases/case-w01.json"));

        await RunAsync();
        await RunAsync();
        await RunAsync();

        Assert.Equal(1, Warnings());
        Assert.Single(_log.Lines, l => l.Text.Contains("Corpus problems: 1 new, 0 reported before and persisting, 0 fixed"));

        Write("case-w01.json", Case("case-w01"));
        var settingTwo = Case("case-w02");
        settingTwo["setting"] = "nowhere";
        Write("case-w02.json", settingTwo);
        await RunAsync();

        Assert.Contains(_log.Lines, l => l.Text.Contains("Corpus problems: 1 new, 0 reported before and persisting, 1 fixed"));
        Assert.Equal(1, Warnings());
    }
}
