using System.Collections.Concurrent;
using CaseGraph.Indexing.Pipeline;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Tests;

/// <summary>Keeps every log line as it would be written (message and exception), to check what reaches the log.</summary>
public sealed class RecordingLogger : ILogger<IndexingPipeline>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
}
