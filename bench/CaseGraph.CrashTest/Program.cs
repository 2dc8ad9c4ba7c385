using System.Diagnostics;
using CaseGraph.CrashTest;
using CaseGraph.Generator;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Hosting;

// casegraph-crashtest [--kills 50] [--cases 3000] [--seed 1] [--semantic true|false] [--worker src/CaseGraph.Worker/bin/Release/net10.0/casegraph-worker.dll]
//   generates an archive, then, round after round, changes it and starts the worker, killing it (SIGKILL) at a
//   random moment of a run (some runs finish first, so kills also land near the commits at the end) until the
//   worker has been killed mid-run --kills times; finally lets one run finish and checks ledger, Lucene and graph
//   against each other and against the corpus. With --semantic true (default) each run also embeds (the worker waits for
//   its vectors before it exits), so kills land in embedding too; the newest vector file must then be readable and no
//   newer than the lexical commit.
string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
var kills = int.Parse(Arg("kills", "50"));
var cases = int.Parse(Arg("cases", "3000"));
var seed = int.Parse(Arg("seed", "1"));
var semantic = Arg("semantic", "true");
var worker = Path.GetFullPath(Arg("worker", Path.Combine(RepositoryPaths.Default("src"), "CaseGraph.Worker", "bin", "Release", "net10.0", "casegraph-worker.dll")));
if (!File.Exists(worker))
{
    Console.Error.WriteLine($"worker not found at {worker}; run `dotnet build -c Release` first or pass --worker");
    return 2;
}

var root = Directory.CreateTempSubdirectory("casegraph-crashtest-").FullName;
var corpus = Path.Combine(root, "corpus");
var paths = new IndexPaths(Path.Combine(root, "indexes"));
try
{
    CorpusWriter.Write(RepositoryPaths.Default("corpus"), corpus, cases, seed, labelledShare: 0.05);
    Console.WriteLine($"archive: {cases} generated cases in {corpus}");
    var random = new Random(seed);
    var mutator = new CorpusMutator(corpus, seed);

    // One undisturbed run tells how long a run takes, so kills can land anywhere in one.
    var first = RunWorker(worker, corpus, paths.Root, semantic, killAfter: null);
    Console.WriteLine($"first full run: {first.Elapsed.TotalSeconds:F1}s, exit {first.ExitCode}");
    var span = first.Elapsed.TotalMilliseconds;

    var killedMidRun = 0;
    var round = 0;
    while (killedMidRun < kills)
    {
        round++;
        var (edited, deleted, added) = mutator.Mutate(edits: random.Next(20, 200), deletions: random.Next(0, 20), additions: random.Next(0, 40));
        var delay = TimeSpan.FromMilliseconds(random.NextDouble() * span * 1.4);
        var run = RunWorker(worker, corpus, paths.Root, semantic, delay);
        if (run.Killed) killedMidRun++;
        else span = run.Elapsed.TotalMilliseconds; // runs after a crash rewrite more: follow their length
        Console.WriteLine($"round {round,2}: {edited} edited, {deleted} deleted, {added} added; " +
            (run.Killed ? $"killed after {delay.TotalSeconds:F2}s" : $"finished before the kill ({run.Elapsed.TotalSeconds:F2}s, exit {run.ExitCode})"));
    }

    var last = RunWorker(worker, corpus, paths.Root, semantic, killAfter: null);
    Console.WriteLine($"final run: {last.Elapsed.TotalSeconds:F1}s, exit {last.ExitCode}");
    var result = await ConsistencyCheck.RunAsync(corpus, paths, CancellationToken.None);
    Console.WriteLine($"killed mid-run {killedMidRun} times in {round} rounds ({round - killedMidRun} runs finished first)");
    Console.WriteLine(result);
    Console.WriteLine(result.Ok && last.ExitCode == 0 ? "CONSISTENT" : "INCONSISTENT");
    return result.Ok && last.ExitCode == 0 ? 0 : 1;
}
finally
{
    Directory.Delete(root, recursive: true);
}

static (bool Killed, int ExitCode, TimeSpan Elapsed) RunWorker(string worker, string corpus, string indexes, string semantic, TimeSpan? killAfter)
{
    var start = new ProcessStartInfo("dotnet", [worker, "--corpus", corpus, "--indexes", indexes, "--CaseGraph:Semantic:Enabled", semantic])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    if (killAfter is { } delay && !process.WaitForExit(delay))
    {
        process.Kill(entireProcessTree: true); // SIGKILL on Linux: no cleanup, no finally blocks
        process.WaitForExit();
        return (true, -9, clock.Elapsed);
    }
    process.WaitForExit();
    return (false, process.ExitCode, clock.Elapsed);
}
