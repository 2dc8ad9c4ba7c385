using CaseGraph.Core.Graph;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Lucene;
using CaseGraph.Core.Model;
using CaseGraph.Semantic;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CaseGraph.CrashTest;

/// <summary>What the views hold against the ledger after the last run.</summary>
/// <param name="VectorsSequence">the newest vector file's run (null when there is none)</param>
/// <param name="VectorsProblem">why that file cannot be read, or why it does not fit the lexical commit; null when it is fine</param>
public sealed record Consistency(int CorpusItems, int LedgerItems, int CorpusItemsNotInLedger, int LedgerItemsNotInCorpus, int MissingFromLucene, int DuplicatedInLucene, int NotInLedgerLucene,
    int MissingFromGraph, int NotInLedgerGraph, long LedgerSequence, long LuceneSequence, long GraphSequence, bool CheckIndexClean,
    long? VectorsSequence = null, string? VectorsProblem = null)
{
    public bool Ok => CorpusItemsNotInLedger == 0 && LedgerItemsNotInCorpus == 0 && MissingFromLucene == 0 && DuplicatedInLucene == 0 && NotInLedgerLucene == 0 && MissingFromGraph == 0
        && NotInLedgerGraph == 0 && LedgerSequence == LuceneSequence && LedgerSequence == GraphSequence && CheckIndexClean && VectorsProblem is null;
}

/// <summary>
/// Checks that the ledger holds exactly the corpus's items, that every ledger item is in Lucene (one document with its id) and in the graph (one node owning it),
/// that neither view holds an item the ledger lacks, that all three agree on the sequence, and that Lucene's
/// CheckIndex finds the index clean; and that the newest vector file, if any, is readable, of a run no newer than the
/// lexical commit, and holds no item the ledger lacks.
/// </summary>
public static class ConsistencyCheck
{
    public static async Task<Consistency> RunAsync(string corpusDirectory, IndexPaths paths, CancellationToken ct)
    {
        var snapshot = CaseGraph.Indexing.Corpus.CorpusReader.Read(corpusDirectory);
        var corpus = snapshot.Cases.Select(c => c.Item.Id).Concat(snapshot.Passages.Select(p => p.Item.Id)).ToHashSet(StringComparer.Ordinal);
        var ledger = new IngestionLedger(paths.Ledger);
        var items = (await ledger.GetAllAsync(ct)).Keys.Where(id => id != GraphFragments.VocabularyOwner).ToHashSet(StringComparer.Ordinal);

        using var directory = FSDirectory.Open(paths.Lucene);
        var idCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        long luceneSequence;
        using (var reader = DirectoryReader.Open(directory))
        {
            luceneSequence = reader.IndexCommit.UserData.TryGetValue(LuceneIndexWriter.SequenceKey, out var s) ? long.Parse(s) : 0;
            var live = MultiFields.GetLiveDocs(reader);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var stored = reader.Document(doc);
                if (stored.Get(LuceneFields.Kind) is "case" or "guideline")
                    idCounts[stored.Get(LuceneFields.Id)] = idCounts.GetValueOrDefault(stored.Get(LuceneFields.Id)) + 1;
            }
        }
        var check = new CheckIndex(directory).DoCheckIndex();

        var graph = new SqliteGraphStore(paths.Graph);
        var owners = (await graph.GetOwnersAsync(ct)).ToHashSet(StringComparer.Ordinal);

        var (vectorsSequence, vectorsProblem) = CheckVectors(paths.Vectors, luceneSequence, items);
        return new Consistency(corpus.Count, items.Count, corpus.Count(id => !items.Contains(id)), items.Count(id => !corpus.Contains(id)),
            items.Count(id => !idCounts.ContainsKey(id)), idCounts.Count(kv => kv.Value > 1), idCounts.Keys.Count(id => !items.Contains(id)),
            items.Count(id => !owners.Contains(id)), owners.Count(id => !items.Contains(id)),
            await ledger.GetSequenceAsync(ct), luceneSequence, await graph.GetSequenceAsync(ct), check.Clean, vectorsSequence, vectorsProblem);
    }

    private static (long? Sequence, string? Problem) CheckVectors(string folder, long luceneSequence, HashSet<string> ledgerItems)
    {
        if (VectorStoreFiles.NewestAtMost(folder, long.MaxValue) is not { } newest) return (null, null);
        if (newest > luceneSequence) return (newest, $"vectors of run {newest} are newer than the lexical commit {luceneSequence}");
        try
        {
            var store = VectorStoreFiles.Read(folder, newest)!;
            // Recommendations are not ledger items (their case is); the cases and passages the vectors hold must be.
            var unknown = store.Ids.Count(id => !ledgerItems.Contains(id) && store.TryGetKind(id, out var kind) && kind != DocumentKind.Recommendation);
            return (newest, newest == luceneSequence && unknown > 0 ? $"{unknown} items in the vectors are not in the ledger" : null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return (newest, ex.Message);
        }
    }
}
