using CaseGraph.Evaluation;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Privacy;

namespace CaseGraph.Quality;

/// <summary>`casegraph-quality train-names [--out FILE] [--exclude third,fourth]`: trains the learned name tagger on
/// <see cref="NameTaggerTrainingData"/> and saves the ML.NET model where the Indexing project embeds it.</summary>
internal static class NameTaggerTraining
{
    public static int Run(CorpusSnapshot corpus, string zipPath, string[] exclude)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var examples = NameTaggerTrainingData.Examples(".", corpus, exclude);
        Console.WriteLine($"training the name tagger on {examples.Count:N0} texts" + (exclude.Length > 0 ? $", without {string.Join(", ", exclude)}" : ""));
        NameTaggerModel.Train(examples, PhiLexicons.From(corpus.Vocabulary), zipPath, progress: Console.WriteLine);
        Console.WriteLine($"saved {zipPath} ({new FileInfo(zipPath).Length / 1024:N0} KB) in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }
}
