using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic;

/// <summary>
/// The vectors of each run, one file per run sequence under <c>indexes/vectors/</c> (<c>vectors-12.bin</c> for run 12),
/// so the searcher reads the file of the commit it serves, as it does the commit's search model. Written durably (a
/// temporary file, flushed to disk, renamed); the files of runs before the previous one are removed, and so are
/// temporary files a killed run left behind. A file names its sequence, model and dimensions in its header and ends
/// with a marker, so a truncated file or one of another run is refused rather than read. A file may be partial: written
/// while the run's items are still being embedded, it holds those embedded so far and names how many the run has.
/// </summary>
/// <remarks>
/// Layout (little-endian): magic, sequence, model id, dimensions, the run's total items, item count, row count; then
/// per item its id, kind (one byte) and chunk count, and per chunk its start, length, scale and int8 components; then
/// the end marker.
/// </remarks>
public static partial class VectorStoreFiles
{
    private const string Prefix = "vectors-", Suffix = ".bin", Temporary = ".tmp";
    private static readonly byte[] Magic = "CGVECT02"u8.ToArray(), EndMarker = "CGVEND01"u8.ToArray();

    public static string PathOf(string folder, long sequence) =>
        Path.Combine(folder, Prefix + sequence.ToString(CultureInfo.InvariantCulture) + Suffix);

    /// <summary>
    /// Writes the run's vectors: every item with at least one chunk, in the order given (items without chunks have
    /// nothing to find and are left out). <paramref name="totalItems"/> is how many items with text the run has in all,
    /// embedded or not yet; it may not be fewer than the items written. Returns the number of items written.
    /// </summary>
    public static int Write(string folder, long sequence, string modelId, int dimensions, int totalItems,
        IEnumerable<(string Id, DocumentKind Kind, TextEmbedding Embedding)> items, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfNegative(totalItems);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, Int8DotProduct.MaxDimensions);
        Directory.CreateDirectory(folder);
        var path = PathOf(folder, sequence);
        var temp = path + Temporary;
        int written;
        try
        {
            using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            written = WriteTo(stream, sequence, modelId, dimensions, totalItems, items, cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        File.Move(temp, path, overwrite: true);
        Prune(folder, sequence);
        return written;
    }

    private static int WriteTo(FileStream stream, long sequence, string modelId, int dimensions, int totalItems,
        IEnumerable<(string Id, DocumentKind Kind, TextEmbedding Embedding)> items, CancellationToken cancellationToken)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(sequence);
        writer.Write(modelId);
        writer.Write(dimensions);
        writer.Write(totalItems);
        var countsAt = stream.Position;
        writer.Write(0L); // item and row counts, filled in at the end
        int itemCount = 0, rowCount = 0, position = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var components = new sbyte[dimensions];
        foreach (var (id, kind, embedding) in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            position++;
            if (!seen.Add(id)) throw new ArgumentException($"Item #{position} repeats the id of an earlier item.", nameof(items));
            if (!Enum.IsDefined(kind)) throw new ArgumentException($"Item #{position} has no known kind.", nameof(items));
            if (embedding.Chunks.Count == 0) continue;
            writer.Write(id);
            writer.Write((byte)kind);
            writer.Write(embedding.Chunks.Count);
            foreach (var chunk in embedding.Chunks)
            {
                if (chunk.Vector.Length != dimensions)
                    throw new ArgumentException($"Item #{position} has a vector of {chunk.Vector.Length} dimensions, not {dimensions}.", nameof(items));
                if (chunk.Start < 0 || chunk.Length < 0) throw new ArgumentException($"Item #{position} has a chunk with negative offsets.", nameof(items));
                writer.Write(chunk.Start);
                writer.Write(chunk.Length);
                writer.Write(Int8Quantization.Quantize(chunk.Vector, components));
                writer.Write(MemoryMarshal.AsBytes(components.AsSpan()));
            }
            itemCount++;
            rowCount += embedding.Chunks.Count;
        }
        if (itemCount > totalItems) throw new ArgumentException($"{itemCount} items were given for a run of {totalItems}.", nameof(totalItems));
        writer.Write(EndMarker);
        stream.Position = countsAt;
        writer.Write(itemCount);
        writer.Write(rowCount);
        writer.Flush();
        return itemCount;
    }

    /// <summary>
    /// What the file of this sequence says of itself (its header only), or null when there is none; a file that does not
    /// begin as a vector file of this sequence is refused with <see cref="InvalidDataException"/>. Cheap: to tell whether a
    /// run's vectors are complete and of which model without reading them.
    /// </summary>
    public static VectorFileHeader? ReadHeader(string folder, long sequence)
    {
        var path = PathOf(folder, sequence);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            return ReadHeader(reader, path, sequence);
        }
        catch (EndOfStreamException)
        {
            throw Invalid(path, "it is cut short");
        }
    }

    private static VectorFileHeader ReadHeader(BinaryReader reader, string path, long sequence)
    {
        var magic = reader.ReadBytes(Magic.Length);
        if (!magic.AsSpan().SequenceEqual(Magic))
            throw Invalid(path, magic.AsSpan().StartsWith("CGVECT"u8) ? "it was written in another format version" : "it is not a vector file");
        var stored = reader.ReadInt64();
        if (stored != sequence) throw Invalid(path, $"it holds the vectors of run {stored}");
        return new VectorFileHeader(sequence, reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
    }

    /// <summary>
    /// The vectors written for this sequence, or null when there are none. A file that is cut short, damaged or holds
    /// another sequence is refused with <see cref="InvalidDataException"/>.
    /// </summary>
    public static VectorStore? Read(string folder, long sequence)
    {
        var path = PathOf(folder, sequence);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            var (_, modelId, dimensions, totalItems, itemCount, rowCount) = ReadHeader(reader, path, sequence);
            if (dimensions is < 1 or > Int8DotProduct.MaxDimensions || itemCount < 0 || totalItems < itemCount || rowCount < itemCount
                || (long)rowCount * dimensions > stream.Length)
                throw Invalid(path, "its header does not add up");

            var ids = new string[itemCount];
            var kinds = new DocumentKind[itemCount];
            var firstRow = new int[itemCount + 1];
            var (starts, lengths, scales) = (new int[rowCount], new int[rowCount], new float[rowCount]);
            var components = new sbyte[(long)rowCount * dimensions];
            var row = 0;
            for (var item = 0; item < itemCount; item++)
            {
                ids[item] = reader.ReadString();
                kinds[item] = (DocumentKind)reader.ReadByte();
                if (!Enum.IsDefined(kinds[item])) throw Invalid(path, $"item #{item + 1} has no known kind");
                var chunks = reader.ReadInt32();
                if (chunks < 1 || row + chunks > rowCount) throw Invalid(path, $"item #{item + 1} has a chunk count that does not add up");
                firstRow[item] = row;
                for (var c = 0; c < chunks; c++, row++)
                {
                    (starts[row], lengths[row], scales[row]) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadSingle());
                    stream.ReadExactly(MemoryMarshal.AsBytes(components.AsSpan(row * dimensions, dimensions)));
                }
            }
            firstRow[itemCount] = row;
            if (row != rowCount || !reader.ReadBytes(EndMarker.Length).AsSpan().SequenceEqual(EndMarker) || stream.Position != stream.Length)
                throw Invalid(path, "it does not end where its header says");
            if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Length) throw Invalid(path, "an id appears twice");
            return new VectorStore(sequence, modelId, dimensions, totalItems, ids, kinds, firstRow, starts, lengths, scales, components);
        }
        catch (EndOfStreamException)
        {
            throw Invalid(path, "it is cut short");
        }
    }

    /// <summary>The newest sequence, at most <paramref name="sequence"/>, with a finished vector file (never a temporary one), or null.</summary>
    public static long? NewestAtMost(string folder, long sequence)
    {
        if (!Directory.Exists(folder)) return null;
        long? newest = null;
        foreach (var (found, temporary, _) in Files(folder))
            if (!temporary && found <= sequence && (newest is null || found > newest)) newest = found;
        return newest;
    }

    private static InvalidDataException Invalid(string path, string reason) => new($"The vector file {path} cannot be read: {reason}.");

    private static void Prune(string folder, long written)
    {
        foreach (var (sequence, temporary, file) in Files(folder))
            if (temporary ? sequence < written : sequence < written - 1) File.Delete(file);
    }

    private static IEnumerable<(long Sequence, bool Temporary, string Path)> Files(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, Prefix + "*"))
        {
            var name = FileName().Match(Path.GetFileName(file));
            if (name.Success && long.TryParse(name.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
                yield return (sequence, name.Groups[2].Success, file);
        }
    }

    [GeneratedRegex(@"^vectors-([0-9]{1,18})\.bin(\.tmp)?$")]
    private static partial Regex FileName();
}

/// <summary>A vector file's header: its run, model, dimensions, the run's items with text, the items and chunk rows it holds.</summary>
public sealed record VectorFileHeader(long Sequence, string ModelId, int Dimensions, int TotalItems, int Items, int Rows)
{
    public SemanticCoverage Coverage => new(Sequence, Items, TotalItems);
}
