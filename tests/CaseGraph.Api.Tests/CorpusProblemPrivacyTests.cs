using CaseGraph.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Api.Tests;

/// <summary>The API over a corpus holding the reviewer's records: identifiers in a setting, an id, a unit and a file name.</summary>
public sealed class IdentifyingCorpusApiFactory : ApiFactory
{
    public const string Phone = "555-867-5309";

    public IdentifyingCorpusApiFactory()
    {
        Corpus.WriteCase("case-i01", "Woman on oxycodone.", "How fast can we taper?", "oxycodone", "Taper slowly.", null);
        var path = Corpus.CasePath("case-i01");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("\"rural\"", $"\"Dr. John Smith clinic {Phone}\""));
        File.WriteAllText(Path.Combine(Corpus.CasesDir, $"Mary-Jones-{Phone}.json"), text.Replace("\"case-i01\"", "\"Mary-Jones-1961-04-12-MRN48213377\""));
        File.WriteAllText(Corpus.CasePath("case-i02"), text.Replace("case-i01", "case-i02").Replace("\"mg\"", $"\"mg per Mary Jones {Phone}\""));
    }

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace)));
    }
}

public class CorpusProblemPrivacyTests(IdentifyingCorpusApiFactory factory) : IClassFixture<IdentifyingCorpusApiFactory>
{
    private static readonly string[] Identifiers = ["John Smith", "Mary", "Jones", "867-5309", "48213377", "1961"];

    [Fact]
    public async Task Health_and_logs_name_each_problem_by_field_and_rule_but_never_quote_an_identifier()
    {
        using var client = factory.Client();

        var health = await client.GetStringAsync("/health");

        Assert.Contains("cases/case-i01.json:", health);
        Assert.Contains("'setting' must be one of rural, urban, suburban, tribal, correctional", health);
        Assert.Contains("'medications[0].unit' must be one of", health);
        Assert.Contains("file#", health);
        var logs = string.Join("\n", factory.Logs.Entries.Select(e => e.Message + string.Join(" ", e.Values.Select(v => v.Value))));
        Assert.Contains("'setting' must be one of", logs);
        foreach (var identifier in Identifiers)
        {
            Assert.False(Quoting.Quotes(health, identifier), $"/health quotes '{identifier}'");
            Assert.False(Quoting.Quotes(logs, identifier), $"a log line quotes '{identifier}'");
        }
    }
}
