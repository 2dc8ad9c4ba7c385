using CaseGraph.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CaseGraph.Lucene;

/// <summary>
/// The read side of the Lucene index: one <see cref="SearcherManager"/> (never a reader per request), and the
/// commit it last picked up published together with the <see cref="SearchModel"/> the worker wrote beside that commit,
/// as one immutable <see cref="ReadModel"/> behind one volatile reference. <see cref="Refresh"/> after a commit (or
/// on a timer, where another process writes); <see cref="Pin"/> for each request.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly string _path;
    private readonly System.Threading.Lock _refreshing = new();
    private SearcherManager? _manager;
    private volatile ReadModel? _current;

    public LuceneSearchIndex(string path)
    {
        _path = path;
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        Refresh();
    }

    /// <summary>The search model of the commit being read (<see cref="SearchModel.Empty"/> before any).</summary>
    public SearchModel Model => _current?.Model ?? SearchModel.Empty;

    /// <summary>True when the commit being read has no search model beside it (an index written before models were
    /// kept): queries are read without concepts until the worker rewrites it.</summary>
    public bool ModelMissing { get; private set; }

    /// <summary>Picks up the latest commit and its model; cheap when nothing changed.</summary>
    public void Refresh()
    {
        lock (_refreshing)
        {
            if (Manager() is not { } manager) return;
            manager.MaybeRefreshBlocking();
            var searcher = manager.Acquire();
            try
            {
                var before = _current;
                if (before is not null && ReferenceEquals(before.Searcher, searcher)) return;
                var sequence = SequenceOf(searcher.IndexReader);
                var model = before?.Model.Sequence == sequence ? before.Model : SearchModelFiles.Read(_path, sequence);
                ModelMissing = model is null && sequence > 0;
                model ??= SearchModel.Empty with { Sequence = sequence };
                var sameWords = before is not null && before.Model.ReadsLike(model);
                var analyzer = sameWords ? before!.Analyzer : LuceneFields.CreateAnalyzer(DrugWords.From(model.Vocabulary));
                _current = new ReadModel(searcher, model, analyzer, sameWords ? before!.Queries : new QueryFactory(analyzer, model.FieldWeights));
                searcher = null; // the published model holds this reference now
                if (before is not null) manager.Release(before.Searcher);
            }
            finally
            {
                if (searcher is not null) manager.Release(searcher);
            }
        }
    }

    /// <summary>The commit being read with its model, held until the view is disposed (a refresh meanwhile publishes
    /// the next commit without closing this one).</summary>
    public ISearchView Pin() => Pin(then: null);

    /// <summary>Opens an index and pins its last commit; disposing the view closes the index. For tools and tests
    /// that read one commit.</summary>
    public static ISearchView OpenPinned(string path)
    {
        var index = new LuceneSearchIndex(path);
        return index.Pin(then: index.Dispose);
    }

    private ISearchView Pin(Action? then)
    {
        while (true)
        {
            if (_current is not { } read)
            {
                Refresh();
                if (_current is null) return new EmptySearchView(then);
                continue;
            }
            var reader = read.Searcher.IndexReader;
            if (reader.TryIncRef()) return new LuceneSearchView(read, () => { reader.DecRef(); then?.Invoke(); });
            // A refresh released this commit between the read and the increment: take the one it published.
        }
    }

    /// <summary>When the index last committed (its segments file was written) and the run sequence that commit
    /// reflects: 0 for the empty commit a new index starts with, null before any commit.</summary>
    public (DateTimeOffset At, long Sequence)? LastCommit()
    {
        if (!DirectoryReader.IndexExists(_directory)) return null;
        var infos = new SegmentInfos();
        infos.Read(_directory);
        var sequence = infos.UserData.TryGetValue(LuceneIndexWriter.SequenceKey, out var s) && long.TryParse(s, out var n) ? n : 0;
        return (File.GetLastWriteTimeUtc(Path.Combine(_path, infos.GetSegmentsFileName())), sequence);
    }

    /// <summary>When an indexing run last committed: not the empty commit a new index starts with.</summary>
    public DateTimeOffset? RunCommittedAt() => LastCommit() is { Sequence: > 0 } c ? c.At : null;

    public void Dispose()
    {
        lock (_refreshing)
        {
            if (_current is { } read) _manager?.Release(read.Searcher);
            _current = null;
            _manager?.Dispose();
            _directory.Dispose();
        }
    }

    private static long SequenceOf(IndexReader reader) =>
        reader is DirectoryReader directory && directory.IndexCommit.UserData.TryGetValue(LuceneIndexWriter.SequenceKey, out var s)
            && long.TryParse(s, out var sequence) ? sequence : 0;

    private SearcherManager? Manager() =>
        _manager ??= DirectoryReader.IndexExists(_directory) ? new SearcherManager(_directory, new BM25SearcherFactory()) : null;

    /// <summary>BM25 searchers whose segments' facet ordinals are read before the first search sees them.</summary>
    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves) SegmentFacetOrdinals.For(leaf.AtomicReader);
            return new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        }
    }
}
