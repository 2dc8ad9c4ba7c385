using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic;

/// <summary>
/// A model loaded on first use: its id and dimensions are known up front, so a host that never embeds (semantic search
/// off, or nothing asked yet) never loads the 90 MB of ONNX weights. Thread-safe; disposes the model if it was loaded.
/// </summary>
public sealed class LazyEmbedder(Func<ITextEmbedder> load, string modelId, int dimensions) : ITextEmbedder, IDisposable
{
    private readonly Lazy<ITextEmbedder> _model = new(load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The ArcticXs model with its default chunk budget and query prefix.</summary>
    public static LazyEmbedder ArcticXs() =>
        new(() => new ArcticXsEmbedder(), ArcticXsEmbedder.IdFor(), ArcticXsEmbedder.ModelDimensions);

    public string ModelId => modelId;

    public int Dimensions => dimensions;

    /// <summary>Whether the model has been loaded.</summary>
    public bool IsLoaded => _model.IsValueCreated;

    public TextEmbedding Embed(string text, CancellationToken cancellationToken = default) => _model.Value.Embed(text, cancellationToken);

    public float[] EmbedQuery(string text, CancellationToken cancellationToken = default) => _model.Value.EmbedQuery(text, cancellationToken);

    public void Dispose()
    {
        if (_model.IsValueCreated && _model.Value is IDisposable model) model.Dispose();
    }
}
