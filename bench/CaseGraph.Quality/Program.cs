using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Evaluation;
using CaseGraph.Quality;

// casegraph-quality concepts [--corpus corpus] [--data tests/CaseGraph.Core.Tests/Data/annotated-sentences.jsonl] [--errors]
//   precision, recall and F1 of concept detection, negation and every context, and dose/MME accuracy
// casegraph-quality search [--corpus corpus] [--queries bench/quality] [--semantic true]   (true: also embeddings and fusions)
// casegraph-quality search --passages FILE.jsonl --trec-queries FILE --qrels FILE   (any passage collection)
//   nDCG@10, Recall@20 and MRR of plain BM25 and of CaseGraph's ranking, side by side
// casegraph-quality search --queries DIR --pool FILE [--depth 10]
//   pools every arm's top results that the queries do not judge yet, with their texts, for a blind judge
// casegraph-quality merge-pool --queries DIR --grades FILE
//   adds the judge's grades to the query files
// casegraph-quality topics [--corpus corpus] [--folds 5]
//   cross-validated per-topic precision/recall/F1 and macro-F1 of the topic tagger on the curated labels
// casegraph-quality tagging [--corpus corpus] [--rounds 30]
//   p50/p99 of tagging one case with the trained topic model, after warm-up
// casegraph-quality phi [--corpus corpus] [--data FILE] [--clean FILE] [--passages FILE] [--threshold 0.5] [--errors]
//   recall of the PHI detector per identifier kind, and its false-positive rate on clean clinical sentences;
//   the share of guideline passages held back, of those about no patient and of those about one
// casegraph-quality phi ... [--name-model FILE|none] [--name-probability 0.5]   (another name tagger, or the rules alone)
// casegraph-quality train-names [--out src/CaseGraph.Indexing/Privacy/name-tagger.zip] [--exclude third,fourth]
//   trains the learned name tagger (NameTaggerTrainingData) and saves its ML.NET model
// casegraph-quality discover [--corpus corpus] [--topics 8]
//   themes LDA finds in the case texts, with their top words (what the taxonomy may not cover)
// casegraph-quality latency [--corpus corpus] [--queries bench/quality] [--rounds 30]
//   p50/p99 of similar-case, recommendation and guideline queries in process, over a real index
// casegraph-quality embedding [--corpus corpus]
//   the worker's embedding pass over the corpus: items/s of a cold pass, seconds of a warm one (every item cached)
var command = args.FirstOrDefault();
string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

if (command == "merge-pool")
{
    var (added, kept, unknown) = JudgingPool.Merge(Arg("queries", ""), Arg("grades", ""));
    Console.WriteLine($"{added} grades added, {kept} already judged and kept" + (unknown.Count > 0 ? $"; unknown queries: {string.Join(", ", unknown)}" : ""));
    return unknown.Count > 0 ? 1 : 0;
}
if (command is not ("concepts" or "extract" or "search" or "latency" or "topics" or "discover" or "tagging" or "phi" or "embedding" or "train-names"))
{
    Console.Error.WriteLine("usage: casegraph-quality concepts [--corpus DIR] [--data FILE] [--errors]");
    Console.Error.WriteLine("       casegraph-quality extract TEXT [--corpus DIR]");
    Console.Error.WriteLine("       casegraph-quality search [--corpus DIR] [--queries DIR]");
    Console.Error.WriteLine("       casegraph-quality search --passages FILE.jsonl --trec-queries FILE --qrels FILE [--corpus DIR]");
    Console.Error.WriteLine("       casegraph-quality search --queries DIR --pool FILE [--depth N]");
    Console.Error.WriteLine("       casegraph-quality merge-pool --queries DIR --grades FILE");
    Console.Error.WriteLine("       casegraph-quality latency [--corpus DIR] [--queries DIR] [--rounds N]");
    Console.Error.WriteLine("       casegraph-quality topics [--corpus DIR] [--folds N]");
    Console.Error.WriteLine("       casegraph-quality tagging [--corpus DIR] [--rounds N]");
    Console.Error.WriteLine("       casegraph-quality phi [--corpus DIR] [--data FILE] [--clean FILE] [--passages FILE] [--threshold 0.5] [--errors]");
    Console.Error.WriteLine("       casegraph-quality train-names [--out FILE] [--exclude SET,SET]");
    Console.Error.WriteLine("       casegraph-quality discover [--corpus DIR] [--topics N]");
    Console.Error.WriteLine("       casegraph-quality embedding [--corpus DIR]");
    return 2;
}
if (command == "search") return await SearchCommand.RunAsync(Arg);
if (command == "embedding") return await EmbeddingCommand.RunAsync(Arg);
if (command == "discover")
{
    var cases = CaseGraph.Indexing.Corpus.CorpusReader.Read(Arg("corpus", "corpus")).Cases.Select(c => c.Item.SearchText).ToList();
    foreach (var t in CaseGraph.Topics.MLNet.TopicDiscovery.Discover(cases, int.Parse(Arg("topics", "8"))))
        Console.WriteLine($"theme {t.Index + 1}: {string.Join(", ", t.TopWords)}");
    return 0;
}
if (command == "topics")
{
    var snapshot = CaseGraph.Indexing.Corpus.CorpusReader.Read(Arg("corpus", "corpus"));
    var examples = CaseGraph.Indexing.Pipeline.IndexingPipeline.TrainingExamples(snapshot);
    var topicReport = TopicEvaluation.CrossValidate(examples, snapshot.Topics, int.Parse(Arg("folds", "5")));
    Console.WriteLine($"{topicReport.Examples} labelled cases, {topicReport.Folds}-fold cross-validation");
    foreach (var t in topicReport.Topics) Console.WriteLine($"  {t.TopicId,-22} support {t.Support,3}  {t.Score}");
    Console.WriteLine($"macro-F1 {topicReport.MacroF1:F3}");
    return 0;
}
if (command == "tagging")
{
    CaseGraph.Quality.Search.LatencyBenchmark.TopicTagging(Arg("corpus", "corpus"), int.Parse(Arg("rounds", "30")), Console.Out);
    return 0;
}
if (command == "latency")
{
    var judged = CaseGraph.Evaluation.Search.JudgedQuery.LoadJsonl(Arg("queries", Path.Combine("bench", "quality")));
    await CaseGraph.Quality.Search.LatencyBenchmark.RunAsync(Arg("corpus", "corpus"), judged, int.Parse(Arg("rounds", "30")), Console.Out);
    return 0;
}

var (vocabulary, _, _) = CaseGraph.Indexing.Corpus.CorpusReader.ReadVocabulary(Arg("corpus", "corpus"), new List<CorpusError>());
if (command == "extract")
{
    var extraction = new ConceptExtractor(vocabulary).Extract(args[1]);
    foreach (var m in extraction.Mentions) Console.WriteLine($"{m.ConceptId} '{m.Text}' {m.Context.ToSlug()} {m.Trigger}");
    foreach (var d in extraction.Doses) Console.WriteLine($"dose {d.Mention.ConceptId} {d.Parsed.Dose} {d.Parsed.Unit} {d.Parsed.Frequency} => {d.Regimen.DailyMme} {d.Regimen.MmeNote}");
    Console.WriteLine($"total daily MME {extraction.TotalDailyMme}");
    return 0;
}
if (command == "train-names") return NameTaggerTraining.Run(CaseGraph.Indexing.Corpus.CorpusReader.Read(Arg("corpus", "corpus")),
    Arg("out", Path.Combine("src", "CaseGraph.Indexing", "Privacy", "name-tagger.zip")), Arg("exclude", "").Split(',', StringSplitOptions.RemoveEmptyEntries));
if (command == "phi")
{
    var data = Path.Combine("tests", "CaseGraph.Core.Tests", "Data");
    var threshold = double.Parse(Arg("threshold", CaseGraph.Core.Privacy.PhiConfidence.DefaultThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        System.Globalization.CultureInfo.InvariantCulture);
    var nameModel = Arg("name-model", "");
    var nameProbability = double.Parse(Arg("name-probability", CaseGraph.Indexing.Privacy.NameTaggerModel.DefaultProbability.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        System.Globalization.CultureInfo.InvariantCulture);
    // the bundled name tagger, another model's zip (--name-model), or none (--name-model none)
    CaseGraph.Core.Privacy.NameTagger FromFile(string path)
    {
        using var zip = File.OpenRead(path);
        return CaseGraph.Indexing.Privacy.NameTaggerModel.Load(zip, nameProbability);
    }
    var tagger = nameModel == "" ? CaseGraph.Indexing.Privacy.NameTaggerModel.Bundled(nameProbability) : nameModel == "none" ? null : FromFile(nameModel);
    var detector = new CaseGraph.Core.Privacy.PhiDetector(CaseGraph.Indexing.Privacy.PhiLexicons.From(vocabulary), threshold, tagger);
    Console.WriteLine($"threshold {threshold}, name tagger {(tagger is null ? "none" : $"at p >= {nameProbability}")}");
    var phi = PhiEvaluation.Evaluate(PhiEvaluation.Load(Arg("data", Path.Combine(data, "phi-sentences.jsonl"))),
        PhiEvaluation.Load(Arg("clean", Path.Combine(data, "clean-clinical-sentences.jsonl"))), detector);
    Console.WriteLine($"{"kind",-12}{"gold",6}{"recall",9}{"as kind",9}");
    foreach (var k in phi.Kinds) Console.WriteLine($"{k.Kind,-12}{k.Gold,6}{k.Recall,9:F3}{(double)k.DetectedAsKind / k.Gold,9:F3}");
    Console.WriteLine($"recall: patterned kinds {phi.PatternedRecall:F3}, all kinds {phi.Recall:F3}");
    Console.WriteLine($"false positives: {phi.CleanFlagged} of {phi.CleanSentences} clean sentences ({phi.FalsePositiveRate:P1})");
    if (args.Contains("--errors")) foreach (var e in phi.Errors) Console.WriteLine("  " + e);
    var passages = PassageScreeningEvaluation.Evaluate(PassageScreeningEvaluation.Load(
        Arg("passages", Path.Combine("bench", "quality", "phi", "public-health-passages.jsonl"))), detector);
    Console.WriteLine($"guideline passages about no patient held back: {passages.PublicHeld} of {passages.Public} ({passages.PublicHeldRate:P1}; " +
        $"{passages.PublicHeldByEveryKindRate:P1} if held to every kind as a case); by {string.Join(", ", passages.PublicHeldBy.Select(kv => $"{kv.Key} {kv.Value}"))}");
    Console.WriteLine($"guideline passages about a patient held back: {passages.PatientHeld} of {passages.Patient} ({passages.PatientRecall:P1})");
    if (args.Contains("--errors")) foreach (var e in passages.Errors) Console.WriteLine("  " + e);
    var bundled = CaseGraph.Indexing.Corpus.CorpusReader.Read(Arg("corpus", "corpus")).Cases.Select(c => c.Item).ToList();
    // Steady state on one thread: the regexes and the detector are warmed up (tiered JIT) for two seconds first.
    var warm = System.Diagnostics.Stopwatch.StartNew();
    while (warm.Elapsed < TimeSpan.FromSeconds(2)) foreach (var c in bundled) CaseGraph.Core.Privacy.RecordScanner.Scan(c, detector);
    // Five blocks of four rounds; the quickest block is the figure (a shared machine only ever adds time), the median beside it.
    var blocks = new List<double>();
    var (allocatedBefore, collectionsBefore) = (GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(0));
    for (var block = 0; block < 5; block++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < 4; round++) foreach (var c in bundled) CaseGraph.Core.Privacy.RecordScanner.Scan(c, detector);
        blocks.Add(clock.Elapsed.TotalMilliseconds * 1000 / (4 * bundled.Count));
    }
    var allocatedPerCase = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (20 * bundled.Count);
    var collections = GC.CollectionCount(0) - collectionsBefore;
    blocks.Sort();
    Console.WriteLine($"scan speed: {blocks[0]:F0} us per bundled case (median {blocks[2]:F0}; all fields, {bundled.Count} cases, quickest of 5 blocks of 4 rounds, one thread, after 2 s of warm-up)");
    Console.WriteLine($"scan memory: {allocatedPerCase / 1024.0:F0} KB allocated per bundled case, {collections} gen0 collections in {20 * bundled.Count} scans");
    return 0;
}
var sentences = ExtractionEvaluation.Load(Arg("data", "tests/CaseGraph.Core.Tests/Data/annotated-sentences.jsonl"));
var report = ExtractionEvaluation.Evaluate(sentences, new ConceptExtractor(vocabulary));

Console.WriteLine($"{report.Sentences} annotated sentences, {vocabulary.Concepts.Count} concepts");
Console.WriteLine($"concept detection   {report.Concepts}");
Console.WriteLine($"negation            {report.Negation}");
Console.WriteLine($"context accuracy    {report.ContextAccuracy:F3} (on mentions found by both)");
foreach (var (context, score) in report.ByContext.OrderBy(kv => kv.Key)) Console.WriteLine($"  {context,-13}     {score}");
Console.WriteLine($"dose + MME accuracy {report.DoseAccuracy:F3}");
Console.WriteLine($"sentence total MME  {report.SentenceMmeAccuracy:F3}");
if (args.Contains("--errors")) foreach (var e in report.Errors) Console.WriteLine("  " + e);
return 0;
