using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;

namespace CaseGraph.Indexing.Corpus;

/// <summary>An item read from the corpus, with the file it came from.</summary>
public sealed record Sourced<T>(T Item, string Path);

/// <summary>
/// Everything valid in a corpus folder at one moment, and what was skipped and why. <see cref="Stamps"/> are those of the
/// case and guideline files read (taken before reading); <see cref="Unchanged"/> the known files left unread because their
/// stamps still match (their records are not in the snapshot).
/// </summary>
public sealed record CorpusSnapshot(
    Vocabulary Vocabulary,
    string VocabularyFingerprint,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Sourced<CaseRecord>> Cases,
    IReadOnlyList<Sourced<GuidelinePassage>> Passages,
    IReadOnlyList<CorpusError> Errors)
{
    public IReadOnlyDictionary<string, FileStamp> Stamps { get; init; } = new Dictionary<string, FileStamp>();
    public IReadOnlyDictionary<string, KnownFile> Unchanged { get; init; } = new Dictionary<string, KnownFile>();
}
