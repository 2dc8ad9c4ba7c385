using System.Buffers.Binary;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic;

/// <summary>A cached embedding as bytes: the chunk count, then per chunk its start, length and fp16 components.</summary>
internal static class EmbeddingBlob
{
    public static byte[] Encode(TextEmbedding embedding)
    {
        var dimensions = embedding.Chunks.Count == 0 ? 0 : embedding.Chunks[0].Vector.Length;
        var blob = new byte[4 + embedding.Chunks.Count * (8 + 2 * dimensions)];
        BinaryPrimitives.WriteInt32LittleEndian(blob, embedding.Chunks.Count);
        var at = 4;
        foreach (var chunk in embedding.Chunks)
        {
            if (chunk.Vector.Length != dimensions) throw new ArgumentException("The chunks' vectors differ in length.", nameof(embedding));
            BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(at), chunk.Start);
            BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(at + 4), chunk.Length);
            at += 8;
            foreach (var x in chunk.Vector)
            {
                BinaryPrimitives.WriteHalfLittleEndian(blob.AsSpan(at), (Half)x);
                at += 2;
            }
        }
        return blob;
    }

    /// <summary>The embedding, or null when the bytes do not hold vectors of these dimensions (the entry is then embedded again).</summary>
    public static TextEmbedding? Decode(byte[] blob, int dimensions)
    {
        if (blob.Length < 4) return null;
        var count = BinaryPrimitives.ReadInt32LittleEndian(blob);
        if (count < 0 || blob.Length != 4 + (long)count * (8 + 2 * dimensions)) return null;
        var chunks = new EmbeddedChunk[count];
        var at = 4;
        for (var c = 0; c < count; c++)
        {
            var (start, length) = (BinaryPrimitives.ReadInt32LittleEndian(blob.AsSpan(at)), BinaryPrimitives.ReadInt32LittleEndian(blob.AsSpan(at + 4)));
            at += 8;
            var vector = new float[dimensions];
            for (var i = 0; i < dimensions; i++, at += 2) vector[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(blob.AsSpan(at));
            chunks[c] = new EmbeddedChunk(start, length, vector);
        }
        return new TextEmbedding(chunks);
    }
}
