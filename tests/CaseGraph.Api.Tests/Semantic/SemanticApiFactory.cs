using CaseGraph.Semantic;
using Microsoft.Extensions.DependencyInjection;

namespace CaseGraph.Api.Tests.Semantic;

/// <summary>The secured API with the embedding stage on (the real model), ready once every item of the test corpus is embedded and read.</summary>
public sealed class SemanticApiFactory : SecuredApiFactory
{
    public SemanticApiFactory() => SemanticEnabled = true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var semantic = Services.GetRequiredService<SemanticIndex>();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!semantic.Coverage.IsComplete)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the test corpus was not embedded in 120 s ({semantic.Coverage}; {semantic.Problem})");
            await Task.Delay(200);
        }
    }
}
