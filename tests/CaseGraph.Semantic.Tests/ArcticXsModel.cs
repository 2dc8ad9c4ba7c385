using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic.Tests;

/// <summary>The real model, loaded once for every test class that needs it (about a second and 90 MB).</summary>
public sealed class ArcticXsModel : IDisposable
{
    public ArcticXsEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ArcticXsCollection : ICollectionFixture<ArcticXsModel>
{
    public const string Name = "ArcticXs model";
}

/// <summary>Passes every call to a model and counts the documents it embeds.</summary>
public sealed class CountingEmbedder(ITextEmbedder model, string? modelId = null) : ITextEmbedder
{
    private int _documents;

    public int Documents => _documents;
    public string ModelId => modelId ?? model.ModelId;
    public int Dimensions => model.Dimensions;

    public TextEmbedding Embed(string text, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _documents);
        return model.Embed(text, cancellationToken);
    }

    public float[] EmbedQuery(string text, CancellationToken cancellationToken = default) => model.EmbedQuery(text, cancellationToken);
}
