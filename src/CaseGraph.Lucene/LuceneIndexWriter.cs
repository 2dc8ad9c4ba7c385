using CaseGraph.Core.Enrichment;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CaseGraph.Lucene;

/// <summary>
/// The one writer of the Lucene index (held by the indexing worker). Items are replaced by owner id;
/// each commit records the ledger sequence it reflects in the commit user data.
/// </summary>
public sealed class LuceneIndexWriter : IDisposable
{
    public const string SequenceKey = "casegraph.seq";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private bool _uncommitted;

    public LuceneIndexWriter(string path, DrugWords drugWords)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(LuceneFields.Version, LuceneFields.CreateAnalyzer(drugWords))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
        if (!DirectoryReader.IndexExists(_directory)) _writer.Commit();
    }

    /// <summary>The sequence of the last commit (0 for a new index).</summary>
    public long CommittedSequence =>
        _writer.CommitData.TryGetValue(SequenceKey, out var s) && long.TryParse(s, out var seq) ? seq : 0;

    /// <summary>The sequence of the last commit of the index at this path, read without a writer (0 when there is none).</summary>
    public static long CommittedSequenceAt(string path)
    {
        if (!System.IO.Directory.Exists(path)) return 0;
        using var directory = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(directory)) return 0;
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData.TryGetValue(SequenceKey, out var s) && long.TryParse(s, out var seq) ? seq : 0;
    }

    /// <summary>Every item (case, passage) with documents in the last commit of the index at this path (none without one).</summary>
    public static IReadOnlyList<string> OwnersAt(string path)
    {
        if (!System.IO.Directory.Exists(path)) return [];
        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory) ? Owners(directory) : [];
    }

    /// <summary>Every item (case, passage) with documents in the last commit.</summary>
    public IReadOnlyList<string> Owners() => Owners(_directory);

    private static IReadOnlyList<string> Owners(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var terms = MultiFields.GetTerms(reader, LuceneFields.Owner);
        if (terms is null) return [];
        var owners = new List<string>();
        var e = terms.GetEnumerator();
        while (e.MoveNext()) owners.Add(e.Term.Utf8ToString());
        return owners;
    }

    public void ReplaceCase(EnrichedCase item)
    {
        _uncommitted = true;
        Remove(item.Record.Id);
        _writer.AddDocuments(DocumentMapper.ForCase(item));
    }

    public void ReplacePassage(EnrichedPassage item)
    {
        _uncommitted = true;
        Remove(item.Passage.Id);
        _writer.AddDocument(DocumentMapper.ForPassage(item));
    }

    /// <summary>Removes every document an item owns (a case and its recommendations, or a passage).</summary>
    public void Remove(string ownerId)
    {
        _uncommitted = true;
        _writer.DeleteDocuments(new Term(LuceneFields.Owner, ownerId));
    }

    public void Commit(long sequence)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [SequenceKey] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _writer.Commit();
        _uncommitted = false;
    }

    /// <summary>Closing never commits: changes a run did not commit (it failed or was cancelled) are rolled back.</summary>
    public void Dispose()
    {
        if (_uncommitted) _writer.Rollback();
        else _writer.Dispose();
        _directory.Dispose();
    }
}
