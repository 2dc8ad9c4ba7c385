using System.Net;
using CaseGraph.Generator;
using CaseGraph.Indexing.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace CaseGraph.Api.Tests;

/// <summary>
/// The API on real Kestrel sockets (loopback, a free port) over an archive written by the project's generator: enough
/// cases (2019-01 to 2026-09, about 16 a month) for trend tables with shown and withheld cells at every interval.
/// </summary>
public sealed class GeneratedKestrelFactory : SecuredApiFactory
{
    public const int Cases = 1500;

    public GeneratedKestrelFactory()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        CorpusWriter.Write(BundledKestrelFactory.BundledCorpus, GeneratedCorpus, Cases, seed: 17, labelledShare: 0.1);
    }

    private string GeneratedCorpus => Path.Combine(Corpus.Root, "generated");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseGraph:CorpusPath", GeneratedCorpus);
    }
}

[CollectionDefinition(Name)]
public sealed class GeneratedKestrelCollection : ICollectionFixture<GeneratedKestrelFactory>
{
    public const string Name = "generated corpus on Kestrel";
}
