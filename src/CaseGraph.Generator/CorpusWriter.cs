using System.Diagnostics;
using System.Text.Json;

namespace CaseGraph.Generator;

/// <summary>
/// Writes a synthetic corpus: cases/NNNN/case-gNNNNNNN.json (1,000 a folder, made in parallel, each case from its
/// own seeded stream) plus the vocabulary, topics and guideline passages of a source corpus. Memory stays flat in N.
/// </summary>
public static class CorpusWriter
{
    public const int CasesPerFolder = 1000;
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public sealed record Result(long Cases, long Bytes, TimeSpan Elapsed);

    /// <param name="report">called about once a second with the number of cases written so far</param>
    public static Result Write(string sourceCorpus, string output, long cases, int seed, double labelledShare, Action<long>? report = null)
    {
        CopyReferenceData(sourceCorpus, output);
        var synthesizer = new CaseSynthesizer(Templates.LoadEmbedded(), seed, labelledShare);
        var clock = Stopwatch.StartNew();
        long done = 0, bytes = 0;
        using var timer = report is null ? null : new Timer(_ => report(Interlocked.Read(ref done)), null, 1000, 1000);
        var folders = (cases + CasesPerFolder - 1) / CasesPerFolder;
        Parallel.For(0L, folders, folder =>
        {
            var dir = Path.Combine(output, "cases", folder.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            for (var i = folder * CasesPerFolder; i < Math.Min(cases, (folder + 1) * CasesPerFolder); i++)
            {
                var content = JsonSerializer.SerializeToUtf8Bytes(synthesizer.Create(i), Json);
                File.WriteAllBytes(Path.Combine(dir, CaseSynthesizer.IdOf(i) + ".json"), content);
                Interlocked.Add(ref bytes, content.Length);
                Interlocked.Increment(ref done);
            }
        });
        return new Result(cases, bytes, clock.Elapsed);
    }

    private static void CopyReferenceData(string corpus, string output)
    {
        foreach (var (folder, pattern) in new[] { ("vocabulary", "*.tsv"), ("guidelines", "*.jsonl") })
        {
            var target = Directory.CreateDirectory(Path.Combine(output, folder));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, folder), pattern))
                File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)), overwrite: true);
        }
        File.Copy(Path.Combine(corpus, "topics.tsv"), Path.Combine(output, "topics.tsv"), overwrite: true);
    }
}
