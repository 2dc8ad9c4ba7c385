using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// casegraph-micro: BenchmarkDotNet micro-benchmarks of the hot paths (docs/performance.md). From the repository root:
//   dotnet run -c Release --project bench/CaseGraph.MicroBenchmarks -- --filter '*'
// In process (no generated project to build), 3 warm-up and 10 measured iterations: about two minutes in all.
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
