using System.Buffers;
using System.Text.Unicode;

namespace CaseGraph.Core.Corpus;

/// <summary>Decodes UTF-8 without replacing anything: invalid bytes give no text but their offset and line. Pure.</summary>
public static class StrictUtf8
{
    /// <param name="Text">the text (a leading byte-order mark dropped), or null when the bytes are not valid UTF-8</param>
    /// <param name="InvalidAt">the byte offset of the first invalid sequence in the file, or null</param>
    /// <param name="Line">the 1-based line of that byte</param>
    public sealed record Result(string? Text, long? InvalidAt, int Line);

    public static Result Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var body = bytes[bom..];
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return new Result(new string(chars, 0, written), null, 0);
        return new Result(null, bom + read, body[..read].Count((byte)'\n') + 1);
    }
}
