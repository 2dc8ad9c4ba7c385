using System.Net;
using CaseGraph.Indexing.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace CaseGraph.Api.Tests;

/// <summary>The API on real Kestrel sockets (loopback, a free port) over the bundled corpus, with one key per role.</summary>
public sealed class BundledKestrelFactory : SecuredApiFactory
{
    public BundledKestrelFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public static string BundledCorpus => RepositoryPaths.Default("corpus");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseGraph:CorpusPath", BundledCorpus);
    }
}

[CollectionDefinition(Name)]
public sealed class BundledKestrelCollection : ICollectionFixture<BundledKestrelFactory>
{
    public const string Name = "bundled corpus on Kestrel";
}
