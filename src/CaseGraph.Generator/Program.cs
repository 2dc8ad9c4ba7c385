using System.Diagnostics;
using CaseGraph.Generator;

// casegraph-generate --cases N --seed S --out DIR [--corpus DIR] [--labelled-share 0.02]
// A synthetic archive in the corpus format for benchmarks: same N and seed, same files.
var options = GeneratorOptions.Parse(args);
if (options.Error is { } error)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine("usage: casegraph-generate --cases N --seed S --out DIR [--corpus DIR] [--labelled-share 0.02]");
    return 2;
}

var clock = Stopwatch.StartNew();
var result = CorpusWriter.Write(options.Corpus, options.Out, options.Cases, options.Seed, options.LabelledShare, done =>
{
    var rate = done / Math.Max(0.001, clock.Elapsed.TotalSeconds);
    Console.WriteLine($"generated {done}/{options.Cases} cases ({rate:F0}/s, ~{(options.Cases - done) / Math.Max(1, rate):F0}s left)");
});
Console.WriteLine($"done: {result.Cases} cases in {result.Elapsed.TotalSeconds:F1}s " +
    $"({result.Cases / Math.Max(0.001, result.Elapsed.TotalSeconds):F0}/s), mean {(double)result.Bytes / result.Cases:F0} bytes a case, into {options.Out}");
return 0;
