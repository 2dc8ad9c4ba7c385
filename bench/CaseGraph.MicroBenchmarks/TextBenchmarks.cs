using BenchmarkDotNet.Attributes;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;
using CaseGraph.Core.Privacy;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Privacy;
using CaseGraph.Lucene;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CaseGraph.MicroBenchmarks;

/// <summary>What ingestion does to one case's text: concept extraction, the identifier screen, Lucene analysis.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private CaseRecord _case = null!;
    private ConceptExtractor _extractor = null!;
    private PhiDetector _detector = null!, _rulesAlone = null!;
    private Analyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusReader.Read(RepositoryPaths.Default("corpus"));
        // The longest bundled case: the worst of the per-case costs.
        _case = corpus.Cases.Select(c => c.Item).MaxBy(c => c.SearchText.Length)!;
        _extractor = new ConceptExtractor(corpus.Vocabulary);
        _detector = PhiLexicons.Detector(corpus.Vocabulary);
        _rulesAlone = new PhiDetector(PhiLexicons.From(corpus.Vocabulary));
        _analyzer = LuceneFields.CreateAnalyzer(DrugWords.From(corpus.Vocabulary));
    }

    [Benchmark]
    public int ConceptExtraction() => _extractor.Extract(_case.SearchText).Mentions.Count;

    [Benchmark]
    public int IdentifierScreen() => RecordScanner.Scan(_case, _detector).Count;

    /// <summary>The screen without the learned name tagger: what the tagger costs, in the same run.</summary>
    [Benchmark]
    public int IdentifierScreenRulesAlone() => RecordScanner.Scan(_case, _rulesAlone).Count;

    [Benchmark]
    public int LuceneAnalysis()
    {
        using var tokens = _analyzer.GetTokenStream(LuceneFields.Text, _case.SearchText);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        var count = 0;
        while (tokens.IncrementToken()) count += term.Length > 0 ? 1 : 0;
        tokens.End();
        return count;
    }
}
