using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;

namespace CaseGraph.Indexing.Corpus;

/// <summary>An item read from the corpus, with the file it came from.</summary>
public sealed record Sourced<T>(T Item, string Path);

/// <summary>Everything valid in a corpus folder at one moment, and what was skipped and why.</summary>
public sealed record CorpusSnapshot(
    Vocabulary Vocabulary,
    string VocabularyFingerprint,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Sourced<CaseRecord>> Cases,
    IReadOnlyList<Sourced<GuidelinePassage>> Passages,
    IReadOnlyList<CorpusError> Errors);
