using System.IO.Enumeration;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Ingestion;
using CaseGraph.Core.Model;

namespace CaseGraph.Indexing.Corpus;

/// <summary>
/// Reads a corpus folder (cases/*.json, guidelines/*.jsonl, vocabulary/*.tsv, topics.tsv). Never throws for bad
/// content: a malformed file or line is reported with its path and line and left out.
/// </summary>
public static class CorpusReader
{
    /// <param name="indexedFrom">id -> the corpus path the ledger recorded it from: that file keeps the id when another claims it</param>
    /// <param name="known">files the ledger vouches for: one whose stamp matches is not read (see <see cref="PartialReadHolds"/>)</param>
    public static CorpusSnapshot Read(string corpusDirectory, IReadOnlyDictionary<string, string>? indexedFrom = null, CorpusLimits? limits = null,
        KnownFiles? known = null)
    {
        limits ??= CorpusLimits.Default;
        var errors = new List<CorpusError>();
        var (vocabulary, topics, fingerprint) = ReadVocabulary(corpusDirectory, errors, limits);
        var reads = new FileReads(known is not null && known.VocabularyFingerprint == fingerprint ? known : KnownFiles.None);
        var cases = ReadCases(corpusDirectory, topics, errors, limits, reads);
        var passages = ReadPassages(corpusDirectory, errors, limits, reads);
        if (reads.Unchanged.Count > 0 && !PartialReadHolds(reads, cases, passages)) return Read(corpusDirectory, indexedFrom, limits);
        var losers = IdClaims.Losers(cases, passages, indexedFrom ?? new Dictionary<string, string>(), errors);
        return new CorpusSnapshot(vocabulary, fingerprint, topics,
            [.. cases.Where(c => !losers.Contains(c.Item))], [.. passages.Where(p => !losers.Contains(p.Item))], errors)
        {
            Stamps = reads.Stamps,
            Unchanged = reads.Unchanged,
        };
    }

    /// <summary>Every id a case claims: its own and its recommendations'.</summary>
    public static IEnumerable<string> ClaimsOf(CaseRecord record) => [record.Id, .. record.Recommendations.Select(r => r.Id)];

    /// <summary>
    /// Leaving unchanged files unread gives what reading them would, unless a file read claims an id an unchanged file
    /// claims (the claim would be decided against the unread records), or the topic model's training examples may have
    /// changed (a case read has curated topics, or a known file with curated topics changed or went). Then all is read.
    /// </summary>
    private static bool PartialReadHolds(FileReads reads, List<Sourced<CaseRecord>> cases, List<Sourced<GuidelinePassage>> passages)
    {
        var reserved = reads.Unchanged.Values.SelectMany(f => f.Claims).ToHashSet(StringComparer.Ordinal);
        return !cases.Any(c => c.Item.Topics.Count > 0 || ClaimsOf(c.Item).Any(reserved.Contains))
            && !passages.Any(p => reserved.Contains(p.Item.Id))
            && !reads.Known.Files.Any(f => f.Value.Curated && !reads.Unchanged.ContainsKey(f.Key));
    }

    /// <summary>One read's bookkeeping: the stamp of each file read, and the known files left unread.</summary>
    private sealed class FileReads(KnownFiles known)
    {
        public KnownFiles Known => known;
        public Dictionary<string, FileStamp> Stamps { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, KnownFile> Unchanged { get; } = new(StringComparer.Ordinal);

        /// <summary>True when the file is known and unchanged (not to be read); else notes its stamp, taken before it is read.</summary>
        public bool Skip(string path, FileInfo file)
        {
            FileStamp stamp;
            try { stamp = FileStamp.Of(file); } // as the folder listing found it
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return false; } // reading it reports the problem
            if (known.Unchanged(path, stamp) is { } unchanged) { Unchanged[path] = unchanged; return true; }
            Stamps[path] = stamp;
            return false;
        }
    }

    /// <summary>Only the vocabulary and topic taxonomy, with a fingerprint of both (what a read-only API needs).</summary>
    public static (Vocabulary Vocabulary, IReadOnlyList<Topic> Topics, string Fingerprint) ReadVocabulary(string corpusDirectory, List<CorpusError> errors,
        CorpusLimits? limits = null)
    {
        limits ??= CorpusLimits.Default;
        if (!Directory.Exists(corpusDirectory))
            throw new DirectoryNotFoundException($"Corpus folder '{corpusDirectory}' does not exist.");
        var vocabularyTexts = Files(corpusDirectory, "vocabulary", "*.tsv", errors).Select(f => f.FullName)
            .Select(f => (Path: Relative(corpusDirectory, f), Text: ReadText(corpusDirectory, f, limits.MaxVocabularyFileBytes, errors) ?? "")).ToList();
        var entries = vocabularyTexts.SelectMany(v => VocabularyParser.Parse(v.Text, v.Path, errors)).ToList();
        var vocabulary = Vocabulary.Build(entries, errors);

        var topicsPath = Path.Combine(corpusDirectory, "topics.tsv");
        var topicsText = File.Exists(topicsPath) && !SkippedLink(corpusDirectory, new FileInfo(topicsPath), errors)
            ? ReadText(corpusDirectory, topicsPath, limits.MaxVocabularyFileBytes, errors) ?? "" : "";
        var topics = TopicTaxonomyParser.Parse(topicsText, "topics.tsv", errors);
        return (vocabulary, topics, ContentHash.Of([.. vocabularyTexts.Select(v => v.Path + "\n" + v.Text), topicsText]));
    }

    private static List<Sourced<CaseRecord>> ReadCases(string root, IReadOnlyList<Topic> topics, List<CorpusError> errors, CorpusLimits limits,
        FileReads reads)
    {
        var known = topics.Select(t => t.Id).ToHashSet();
        var cases = new List<Sourced<CaseRecord>>();
        foreach (var info in Files(root, "cases", "*.json", errors))
        {
            var (file, path) = (info.FullName, Relative(root, info.FullName));
            if (reads.Skip(path, info) || ReadText(root, file, limits.MaxCaseFileBytes, errors) is not { } text) continue;
            var outcome = CaseParser.Parse(text, path, limits);
            errors.AddRange(outcome.Errors);
            if (outcome.Value is not { } record) continue;
            var unknown = record.Topics.Where(t => !known.Contains(t)).ToList();
            if (unknown.Count > 0)
            {
                errors.Add(new CorpusError(path, 1, $"{unknown.Count} unknown topic id(s) ignored (see topics.tsv)"));
                record = record with { Topics = record.Topics.Where(known.Contains).ToList() };
            }
            cases.Add(new Sourced<CaseRecord>(record, path));
        }
        return cases;
    }

    private static List<Sourced<GuidelinePassage>> ReadPassages(string root, List<CorpusError> errors, CorpusLimits limits, FileReads reads)
    {
        var passages = new List<Sourced<GuidelinePassage>>();
        foreach (var info in Files(root, "guidelines", "*.jsonl", errors))
        {
            var (file, path) = (info.FullName, Relative(root, info.FullName));
            if (reads.Skip(path, info) || ReadText(root, file, limits.MaxGuidelineFileBytes, errors) is not { } text) continue;
            var (parsed, fileErrors) = GuidelineParser.Parse(text, path, limits);
            errors.AddRange(fileErrors);
            passages.AddRange(parsed.Select(p => new Sourced<GuidelinePassage>(p, path)));
        }
        return passages;
    }

    /// <summary>The files matching the pattern under root/folder, in ordinal order; symbolic links (files or folders) are
    /// reported and neither read nor followed, so nothing outside the corpus tree is ever read, moved or deleted.</summary>
    private static IEnumerable<FileInfo> Files(string root, string folder, string pattern, List<CorpusError> errors)
    {
        var dir = new DirectoryInfo(Path.Combine(root, folder));
        if (!dir.Exists || SkippedLink(root, dir, errors)) return [];
        var files = new List<FileInfo>();
        void Walk(DirectoryInfo current)
        {
            foreach (var entry in current.EnumerateFileSystemInfos())
            {
                if (SkippedLink(root, entry, errors)) continue;
                if (entry is DirectoryInfo sub) Walk(sub);
                else if (entry is FileInfo file && FileSystemName.MatchesSimpleExpression(pattern, entry.Name)) files.Add(file);
            }
        }
        Walk(dir);
        return files.OrderBy(f => f.FullName, StringComparer.Ordinal);
    }

    private static bool SkippedLink(string root, FileSystemInfo entry, List<CorpusError> errors)
    {
        if (!ConfinedPath.IsLink(entry)) return false;
        errors.Add(new CorpusError(Relative(root, entry.FullName), 0, "is a symbolic link, which the worker never follows; skipped"));
        return true;
    }

    /// <summary>
    /// A file's text, or null (and an error) when it is larger than <paramref name="maxBytes"/> (checked before reading),
    /// cannot be read, or is not valid UTF-8: nothing is read past the limit and no byte is replaced silently.
    /// </summary>
    private static string? ReadText(string root, string file, int maxBytes, List<CorpusError> errors)
    {
        var path = Relative(root, file);
        try
        {
            if (new FileInfo(file).Length > maxBytes)
            {
                errors.Add(new CorpusError(path, 0, $"the file is larger than {maxBytes} bytes (the limit); skipped"));
                return null;
            }
            var decoded = StrictUtf8.Decode(File.ReadAllBytes(file));
            if (decoded.InvalidAt is { } at) errors.Add(new CorpusError(path, decoded.Line, $"not valid UTF-8 at byte offset {at}; skipped"));
            return decoded.Text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The exception's message quotes the path, which may hold an identifier: only its type is said.
            errors.Add(new CorpusError(path, 0, $"cannot read the file ({ex.GetType().Name}); skipped"));
            return null;
        }
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
