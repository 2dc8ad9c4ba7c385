namespace CaseGraph.Indexing.Corpus;

/// <summary>What the file system says of a corpus file without reading it: its length and last write time (UTC ticks).</summary>
public sealed record FileStamp(long Length, long LastWriteTicks)
{
    public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks);

    /// <summary>
    /// Whether the stamp can vouch for the content read after it was taken: a file written within the last two seconds
    /// (or in the future) may be written again within the same timestamp tick, so it is read again on the next pass.
    /// </summary>
    public bool IsSettled(DateTime readStartedUtc) => LastWriteTicks < readStartedUtc.AddSeconds(-2).Ticks;
}

/// <summary>
/// A corpus file a committed run read and indexed whole: no error, no record held back. <paramref name="Items"/> are the
/// ledger ids it produced (cases, passages), <paramref name="OtherClaims"/> the other ids its records claim (recommendations),
/// <paramref name="Curated"/> whether a case of it has curated topics (the topic model's training examples).
/// </summary>
public sealed record KnownFile(FileStamp Stamp, IReadOnlyList<string> Items, IReadOnlyList<string> OtherClaims, bool Curated)
{
    public IEnumerable<string> Claims => Items.Concat(OtherClaims);
}

/// <summary>
/// The files the ledger vouches for, valid only under the <paramref name="Context"/> they were recorded in (index format,
/// screen threshold, limits), the vocabulary and taxonomy then read and the topic model then trained. A file whose
/// stamp still matches is neither read nor screened: its items are the ledger's.
/// </summary>
public sealed record KnownFiles(string Context, string VocabularyFingerprint, string TopicModel, IReadOnlyDictionary<string, KnownFile> Files)
{
    public static KnownFiles None { get; } = new("", "", "", new Dictionary<string, KnownFile>());

    public KnownFile? Unchanged(string path, FileStamp stamp) => Files.GetValueOrDefault(path) is { } known && known.Stamp == stamp ? known : null;
}
