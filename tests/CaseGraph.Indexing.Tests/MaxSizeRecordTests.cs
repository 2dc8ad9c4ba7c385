using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Privacy;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Privacy;
using Xunit.Abstractions;

namespace CaseGraph.Indexing.Tests;

/// <summary>
/// The expensive steps (PHI scan, concept extraction with the context detector) on records at the size limits, made of
/// what costs them most: one long sentence of triggers and mentions, names, numbers. Each must finish in bounded time:
/// about a second alone in the worst case (10,752 numbers to check), and the bound (3 s) leaves room for the other test
/// assemblies sharing the cores while still catching a pattern that backtracks without end. Speed itself is measured by the IdentifierScreen benchmark.
/// </summary>
[Collection(nameof(MaxSizeRecordTests))] // timed: run alone, not beside the other test classes
public class MaxSizeRecordTests(ITestOutputHelper output)
{
    private static readonly Vocabulary Vocabulary = CorpusReader.Read(RepositoryPaths.Default("corpus")).Vocabulary;
    private static readonly PhiDetector Detector = PhiLexicons.Detector(Vocabulary);
    private static readonly ConceptExtractor Extractor = new(Vocabulary);

    public static TheoryData<string, string> HostileTexts => new()
    {
        { "negations", "denies oxycodone, no heroin, not on methadone, negative for fentanyl, " },
        { "others", "mother has OUD and father takes buprenorphine or her son uses alprazolam and " },
        { "names", "Mary Jones, Dr. Smith, spoke with Wiremu Tane, her son Mark, Mary, " },
        { "numbers", "1 2 3 4 5 6 7 8 9 10 11 12 555 0142 12 Main St 97201 2024-03-14 " },
        { "mixed", "Mary denies oxycodone 10 mg q6h prn, history of OUD, if naloxone; Grace " },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void A_case_at_the_file_size_limit_is_parsed_scanned_and_read_in_bounded_time(string name, string unit)
    {
        var json = MaxSizeCase(unit);
        Assert.InRange(json.Length, CorpusLimits.Default.MaxCaseFileBytes - CorpusLimits.Default.MaxTextLength, CorpusLimits.Default.MaxCaseFileBytes);
        Process(MaxSizeCase(unit, texts: 2)); // warm up

        var (elapsed, findings, mentions) = Enumerable.Range(0, 5).Select(_ => Process(json)).MinBy(r => r.Elapsed);

        output.WriteLine($"{name}: {json.Length} bytes, {elapsed.TotalMilliseconds:F0} ms ({findings} findings, {mentions} mentions)");
        Assert.True(elapsed < TimeSpan.FromSeconds(3), $"{name}: {elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>What the run does with a case before writing it: parse, PHI scan, and concept extraction of every text.</summary>
    private static (TimeSpan Elapsed, int Findings, int Mentions) Process(string json)
    {
        var clock = Stopwatch.StartNew();
        var parsed = CaseParser.Parse(json, "cases/case-0001.json");
        var record = parsed.Value ?? throw new InvalidOperationException("the case must be within the limits: " + string.Join("; ", parsed.Errors));
        var findings = RecordScanner.Scan(record, Detector).Count;
        var mentions = new[] { record.Summary }.Concat(record.Questions).Concat(record.Recommendations.Select(r => r.Text)).Sum(t => Extractor.Extract(t).Mentions.Count);
        return (clock.Elapsed, findings, mentions);
    }

    /// <summary>A case whose summary and questions are each at the text limit, as many as fit in a case file.</summary>
    private static string MaxSizeCase(string unit, int texts = 0)
    {
        var limits = CorpusLimits.Default;
        var text = Repeat(unit, limits.MaxTextLength).TrimEnd();
        texts = texts > 0 ? texts : limits.MaxCaseFileBytes / (limits.MaxTextLength + 16);
        return JsonSerializer.Serialize(new
        {
            id = "case-0001", presented = "2021-03", setting = "rural", patient = new { ageBand = "50-59", sex = "female" },
            summary = text, questions = Enumerable.Repeat(text, texts - 1).ToArray(),
            recommendations = new[] { new { id = "case-0001-r1", text = "Taper slowly." } },
        }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length) text.Append(unit);
        return text.ToString(0, length);
    }
}

[CollectionDefinition(nameof(MaxSizeRecordTests), DisableParallelization = true)]
public sealed class MaxSizeRecordCollection;
