using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Pipeline;

/// <summary>
/// The level of a line a watching worker writes on every cycle: Information the first time and whenever what it says
/// changes, Debug while it says the same again. An idle watch so writes nothing at the default level.
/// </summary>
internal sealed class RepeatedLines
{
    private readonly Dictionary<string, object> _last = [];

    /// <param name="line">which line (its message template)</param>
    /// <param name="outcome">what it says this time, compared by value (timings left out)</param>
    public LogLevel LevelFor(string line, object outcome)
    {
        lock (_last)
        {
            if (_last.TryGetValue(line, out var last) && Equals(last, outcome)) return LogLevel.Debug;
            _last[line] = outcome;
            return LogLevel.Information;
        }
    }
}
