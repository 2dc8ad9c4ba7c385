using Microsoft.AspNetCore.Hosting;

namespace CaseGraph.Api.Tests;

/// <summary>The API over a temp corpus with some settings given wrong.</summary>
public sealed class MisconfiguredApiFactory(IReadOnlyDictionary<string, string> settings) : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}

/// <summary>Every options section is bound and validated the same way: a bad value stops the service at start with a
/// message naming the key and what it allows, and never repeating the value (a Neo4j URL may hold a password).</summary>
public class OptionsAtStartTests
{
    [Theory]
    [InlineData("CaseGraph:Limits:PermitsPerSecond=0", "CaseGraph:Limits:PermitsPerSecond must be at least 1")]
    [InlineData("CaseGraph:Limits:BurstSeconds=-3", "CaseGraph:Limits:BurstSeconds must be at least 1")]
    [InlineData("CaseGraph:Limits:MaxBodyBytes=100", "CaseGraph:Limits:MaxBodyBytes must be at least 1024")]
    [InlineData("CaseGraph:Limits:RequestTimeoutSeconds=0", "CaseGraph:Limits:RequestTimeoutSeconds must be more than 0")]
    [InlineData("CaseGraph:Auth:AnonymousRole=superuser", "CaseGraph:Auth:AnonymousRole must be faculty, clinician, researcher or none")]
    [InlineData("CaseGraph:Audit:RetainDays=0", "CaseGraph:Audit:RetainDays must be at least 1")]
    [InlineData("CaseGraph:WatchIntervalSeconds=7200", "CaseGraph:WatchIntervalSeconds must be between 1 and 3600")]
    [InlineData("CaseGraph:Screen:Threshold=1.5", "CaseGraph:Screen:Threshold must be above 0 and at most 1")]
    [InlineData("Graph:Provider=Oracle", "Graph:Provider must be Sqlite or Neo4j")]
    [InlineData("Graph:Provider=Neo4j;Graph:Neo4j:Url=ftp://neo4j:Pw-Kq83vz@graph.example/", "Graph:Neo4j:Url must be an http(s) address")]
    [InlineData("CaseGraph:Trends:RoundingKey=c2hvcnQ=", "CaseGraph:Trends:RoundingKey must be base64 of at least 16 bytes")]
    public void A_bad_setting_stops_the_service_at_start_naming_the_key_and_never_the_value(string settings, string expected)
    {
        var pairs = settings.Split(';').Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        using var factory = new MisconfiguredApiFactory(pairs);
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

            var messages = Messages(error);
            Assert.Contains(expected, messages);
            foreach (var value in pairs.Values.Where(v => v.Length > 5)) Assert.DoesNotContain(value, messages);
        }
        finally
        {
            factory.Corpus.Dispose();
        }
    }

    [Fact]
    public async Task Good_settings_of_every_section_start_the_service()
    {
        using var factory = new MisconfiguredApiFactory(new Dictionary<string, string>
        {
            ["CaseGraph:Limits:MaxBodyBytes"] = "1024", ["CaseGraph:Auth:AnonymousRole"] = "Clinician", ["Graph:Provider"] = "sqlite",
            ["CaseGraph:Audit:RetainDays"] = "1", ["Graph:Neo4j:Url"] = "not used by sqlite",
        });
        try
        {
            var response = await factory.Client().GetAsync("/health/live");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            factory.Corpus.Dispose();
        }
    }

    private static string Messages(Exception error)
    {
        var all = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException) all.Add(e.Message);
        if (error is AggregateException aggregate) all.AddRange(aggregate.Flatten().InnerExceptions.Select(e => e.Message));
        return string.Join("\n", all);
    }
}
