using System.Diagnostics;
using System.Text;
using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Api.Tests.ReadModel;

/// <summary>A built host (the stand-alone worker or the API) run as its own process from its build output, with its
/// output kept for the failure message. Disposing kills it.</summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Waits for the process to end and its output to be read; false if it still runs after <paramref name="timeout"/>.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) return false;
        _process.WaitForExit();
        return true;
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <param name="project">the folder under src/ (CaseGraph.Worker)</param>
    /// <param name="assembly">its assembly name (casegraph-worker)</param>
    /// <param name="workingDirectory">the folder it is started from (relative paths are read from there); default its build output</param>
    public static HostProcess Start(string project, string assembly, IEnumerable<string> args, IDictionary<string, string> environment,
        string? workingDirectory = null)
    {
        var dll = Path.Combine(RepositoryPaths.Default("src"), project, "bin", Configuration, "net10.0", assembly + ".dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"{dll} is not built (dotnet build builds it with the tests)");
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new HostProcess(Process.Start(start)!);
    }

    /// <summary>Debug or Release: the configuration these tests were built in (their own output folder says).</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
