using CaseGraph.Core.Corpus;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Tests;

/// <summary>CaseGraph:CorpusLimits is bound, validated on start and reaches the pipeline the hosts run.</summary>
public sealed class CorpusLimitsOptionsTests : IDisposable
{
    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CaseGraph:CorpusPath"] = _corpus.CorpusDir,
            ["CaseGraph:IndexesPath"] = _corpus.IndexesDir,
        }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddCaseGraphIndexing(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task A_configured_limit_reaches_the_run()
    {
        using var services = Services(("CaseGraph:CorpusLimits:MaxCaseFileBytes", "100"));

        var report = await services.GetRequiredService<IndexingPipeline>().RunAsync(_corpus.CorpusDir, CancellationToken.None);

        Assert.Equal(TestCorpus.Cases.Count, report.Skipped);
        Assert.All(services.GetRequiredService<IndexingStatus>().Current.CorpusErrors,
            e => Assert.Equal("the file is larger than 100 bytes (the limit); skipped", e.Reason));
    }

    [Theory]
    [InlineData("CaseGraph:CorpusLimits:MaxMedications", "0")]
    [InlineData("CaseGraph:CorpusLimits:MaxShortTextLength", "100000")]
    public void A_limit_that_makes_no_sense_fails_validation(string key, string value)
    {
        using var services = Services((key, value));

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<IndexingOptions>>().Value);
    }

    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(new CorpusLimits().Problems());
}
