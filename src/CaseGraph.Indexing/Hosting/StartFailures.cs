using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Hosting;

/// <summary>A reason the host cannot start that the operator must fix, such as a missing keys file.</summary>
public sealed class StartFailureException(string message) : Exception(message);

/// <summary>
/// A host that cannot start (a bad setting, a missing corpus folder or keys file) ends with its reasons on standard error,
/// one line each, and exit code 1, instead of the runtime's abort (exit code 134) with a stack trace. Any other
/// exception is a bug and keeps its stack trace.
/// </summary>
public static class StartFailures
{
    public const int ExitCode = 1;

    /// <summary>The reasons <paramref name="error"/> gives for a failed start; empty when it is not a start failure.</summary>
    public static IReadOnlyList<string> ReasonsOf(Exception error) => error switch
    {
        StartFailureException failure => [failure.Message],
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException all when all.InnerExceptions.Count > 0 && all.InnerExceptions.All(e => ReasonsOf(e).Count > 0) =>
            [.. all.InnerExceptions.SelectMany(ReasonsOf)],
        _ => [],
    };

    /// <summary>Ends the process cleanly when a start failure escapes the entry point. In-process test hosts never see
    /// this: their entry point's exceptions are caught and handed to the test.</summary>
    public static void EndCleanlyOnStartFailure(TextWriter error) =>
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is not Exception exception || ReasonsOf(exception) is not { Count: > 0 } reasons) return;
            foreach (var reason in reasons) error.WriteLine($"CaseGraph cannot start: {reason}");
            error.Flush();
            Environment.Exit(ExitCode);
        };
}
