using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Api.Tests;

/// <summary>The API with every log message (and its structured values) kept in memory.</summary>
public sealed class LogCapturingApiFactory : ApiFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace)));
    }
}

public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Entries.Enqueue((category, logLevel, formatter(state, exception) + exception,
                state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
    }
}

public class LogPrivacyTests(LogCapturingApiFactory factory) : IClassFixture<LogCapturingApiFactory>
{
    [Fact]
    public async Task Request_logs_carry_the_request_id_and_never_the_text_of_a_request()
    {
        const string marker = "Zqxwvtemarker";
        using var client = factory.Client();
        var responses = new List<HttpResponseMessage>
        {
            await client.GetAsync($"/api/search?q={marker}+buprenorphine"),
            await client.GetAsync($"/api/search?q={marker}&limit=abc"),
            await client.GetAsync($"/api/search?q=({marker}&syntax=lucene"),
            await client.GetAsync($"/api/cases/{marker}"),
            await client.GetAsync($"/api/{marker}"),
            await client.PostAsJsonAsync("/api/cases/similar", new { text = $"Patient {marker} on oxycodone 10 mg BID" }),
            await client.PostAsJsonAsync("/api/phi/scan", new { text = $"Dr. {marker} called from 555-201-3344" }),
            await client.PostAsync("/api/concepts/extract", new StringContent("{\"text\": \"" + marker)),
        };

        var entries = factory.Logs.Entries.ToList();
        Assert.DoesNotContain(entries, e => e.Message.Contains(marker, StringComparison.OrdinalIgnoreCase)
            || e.Values.Any(v => v.Value?.ToString()?.Contains(marker, StringComparison.OrdinalIgnoreCase) == true));

        foreach (var response in responses)
        {
            var id = Assert.Single(response.Headers.GetValues("X-Request-Id"));
            var line = Assert.Single(entries, e => e.Category == "CaseGraph.Requests" && e.Values.Any(v => v.Key == "RequestId" && Equals(v.Value, id)));
            Assert.Contains(line.Values, v => v.Key == "Status" && Equals(v.Value, (int)response.StatusCode));
            Assert.Contains(line.Values, v => v.Key == "Route");
        }
    }
}
