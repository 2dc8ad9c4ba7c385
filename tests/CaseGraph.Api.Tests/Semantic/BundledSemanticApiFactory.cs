using CaseGraph.Semantic;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseGraph.Api.Tests.Semantic;

/// <summary>The secured API over the bundled corpus with the embedding stage on, as the service runs: ready once every item is embedded.</summary>
public sealed class BundledSemanticApiFactory : SecuredApiFactory
{
    public BundledSemanticApiFactory() => SemanticEnabled = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseGraph:CorpusPath", BundledKestrelFactory.BundledCorpus);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var semantic = Services.GetRequiredService<SemanticIndex>();
        var deadline = DateTime.UtcNow.AddSeconds(300);
        while (!semantic.Coverage.IsComplete)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the bundled corpus was not embedded in 300 s ({semantic.Coverage}; {semantic.Problem})");
            await Task.Delay(200);
        }
    }
}
