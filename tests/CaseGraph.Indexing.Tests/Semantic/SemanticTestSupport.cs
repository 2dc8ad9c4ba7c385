using CaseGraph.Core.Semantic;
using CaseGraph.Semantic;

namespace CaseGraph.Indexing.Tests.Semantic;

/// <summary>The real model, loaded once for the test classes that embed (about a second and 90 MB).</summary>
public sealed class SharedModel : IDisposable
{
    public ArcticXsEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SharedModelCollection : ICollectionFixture<SharedModel>
{
    public const string Name = "embedding with the real model";
}

/// <summary>
/// The real model behind hooks: counts the documents it embeds, can wait before each, fail on texts holding a marker,
/// or run an action after a number of documents (to cancel a pass part way).
/// </summary>
public sealed class TestEmbedder(ITextEmbedder model) : ITextEmbedder
{
    private int _documents;

    public int Documents => _documents;
    public TimeSpan Delay { get; init; }
    public string? FailOn { get; init; }
    public (int After, Action Do)? Hook { get; init; }

    public string ModelId => model.ModelId;
    public int Dimensions => model.Dimensions;

    public TextEmbedding Embed(string text, CancellationToken cancellationToken = default)
    {
        if (Delay > TimeSpan.Zero) Thread.Sleep(Delay);
        if (FailOn is not null && text.Contains(FailOn, StringComparison.Ordinal)) throw new InvalidOperationException("model failure on " + text);
        var embedding = model.Embed(text, cancellationToken);
        var count = Interlocked.Increment(ref _documents);
        if (Hook is { } hook && count == hook.After) hook.Do();
        return embedding;
    }

    public float[] EmbedQuery(string text, CancellationToken cancellationToken = default) => model.EmbedQuery(text, cancellationToken);
}
