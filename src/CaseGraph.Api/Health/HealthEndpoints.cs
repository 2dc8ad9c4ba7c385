using CaseGraph.Api.Access;
using CaseGraph.Api.Hosting;
using CaseGraph.Core.Access;
using CaseGraph.Lucene;
using CaseGraph.Core.Graph;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Indexing.Semantic;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Health;

public sealed record IndexingHealth(string State, string? Progress, string? LastRun, string? LastError, int CorpusProblems,
    IReadOnlyList<string> FirstCorpusProblems, DateTimeOffset? LastCommitAt);

public sealed record TopicModelHealth(string State, int TrainingExamples, IReadOnlyList<string> TrainedTopics, IReadOnlyDictionary<string, string> SkippedTopics);

public sealed record GraphHealth(long Nodes, long Edges, long Sequence);

/// <summary>Records held back because they hold identifiers, as the ledger notes them: where their copies wait, how many are
/// held, and how many a reviewer released.</summary>
public sealed record QuarantineHealth(string Folder, int Records, int Released);

/// <summary>The embedding stage: which run, items with vectors of its total (coverage 0..1), rate and time left.</summary>
public sealed record SemanticHealth(string State, long Sequence, int Embedded, int Total, double Coverage, double ItemsPerSecond, double? SecondsLeft,
    string ModelId);

public sealed record HealthResponse(string Status, IndexingHealth Indexing, TopicModelHealth TopicModel, GraphHealth? Graph, QuarantineHealth? Quarantine,
    DateTimeOffset? IndexCommittedAt, double? IndexAgeSeconds, SemanticHealth Semantic);

/// <summary>The process answers (it says nothing about the index: see readiness).</summary>
public sealed record LivenessResponse(bool Live);

/// <summary>Whether the service can answer searches: an indexing run has committed, the graph answers and the search path
/// is warm. The embedding model and the identifier screen may still be loading: the first request that needs one waits for it.</summary>
/// <param name="Waiting">what is not ready yet, empty when ready</param>
public sealed record ReadinessResponse(bool Ready, IReadOnlyList<string> Waiting, DateTimeOffset? IndexCommittedAt, double? IndexAgeSeconds,
    string Worker, string TopicModel, bool GraphReachable);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");
        group.MapGet("/", GetAsync).RequireAccess(AccessLevel.FacultyOnly).WithName("Health")
            .WithSummary("Service state: whether indexing is running, what the last run did, topic model, graph sizes, quarantined records and how far embedding is");
        group.MapGet("/live", () => TypedResults.Ok(new LivenessResponse(Live: true))).AllowAnonymous().WithName("Liveness")
            .WithSummary("200 while the process answers (no key needed)");
        group.MapGet("/ready", ReadyAsync).AllowAnonymous().Produces<ReadinessResponse>(StatusCodes.Status503ServiceUnavailable).WithName("Readiness")
            .WithSummary("200 when searches can be answered (an indexing run has committed, the graph answers, the search path is warm), else 503 with what is missing; index age, worker and model state (no key needed)");
        return app;
    }

    private static async Task<Results<Ok<ReadinessResponse>, JsonHttpResult<ReadinessResponse>>> ReadyAsync(IndexingStatus status, IGraphStore graph,
        LuceneSearchIndex index, SearchWarmUp warmUp, TimeProvider clock, CancellationToken ct)
    {
        var s = status.Current;
        var committed = index.RunCommittedAt();
        var graphReachable = await GraphAnswersAsync(graph, ct);
        var waiting = new List<string>();
        if (committed is null) waiting.Add(s.State == IndexingState.Running ? "the first indexing run is still running" : "no indexing run has committed yet");
        else if (!index.HasIndexedRun()) waiting.Add("the searcher has not picked up the first commit yet"); // the gate of the index's endpoints
        if (committed is not null && index.ModelMissing) waiting.Add("the index has no search model beside its commit; the worker rewrites it on its next run");
        if (!graphReachable) waiting.Add("the graph store does not answer");
        if (committed is not null && !warmUp.Done) waiting.Add("the search path is warming up");
        var response = new ReadinessResponse(waiting.Count == 0, waiting, committed, Age(committed, clock), s.State.ToString().ToLowerInvariant(),
            s.TopicModel.State, graphReachable);
        return waiting.Count == 0 ? TypedResults.Ok(response) : TypedResults.Json(response, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static double? Age(DateTimeOffset? committed, TimeProvider clock) =>
        committed is { } at ? Math.Round((clock.GetUtcNow() - at).TotalSeconds, 1) : null;

    /// <summary>Whether the graph answers, by its cheapest question (its sequence), not by counting it.</summary>
    private static async Task<bool> GraphAnswersAsync(IGraphStore graph, CancellationToken ct)
    {
        try
        {
            await graph.GetSequenceAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<GraphStats?> GraphStatsAsync(IGraphStore graph, CancellationToken ct)
    {
        try
        {
            return await graph.GetStatsAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null; // health must answer even when the graph cannot; the caller reports it
        }
    }

    private static async Task<Ok<HealthResponse>> GetAsync(IndexingStatus status, SemanticStatus semantic, IGraphStore graph, LuceneSearchIndex index,
        HeldRecords held, IndexPaths paths, TimeProvider clock, CancellationToken ct)
    {
        var s = status.Current;
        var indexing = new IndexingHealth(s.State.ToString().ToLowerInvariant(), s.Progress?.ToString(), s.LastReport?.ToString(), s.LastError,
            s.CorpusErrors.Count, s.CorpusErrors.Take(20).Select(e => e.ToString()).ToList(), s.LastCommitAt);
        var model = new TopicModelHealth(s.TopicModel.State, s.TopicModel.TrainingExamples, s.TopicModel.TrainedTopics, s.TopicModel.SkippedTopics);
        var graphHealth = await GraphStatsAsync(graph, ct) is { } stats ? new GraphHealth(stats.Nodes, stats.Edges, stats.Sequence) : null;
        var overall = s.State == IndexingState.Failed || graphHealth is null ? "degraded" : "ok";
        var quarantine = await QuarantineOf(held, paths, ct);
        var committed = index.RunCommittedAt();
        return TypedResults.Ok(new HealthResponse(overall, indexing, model, graphHealth, quarantine, committed, Age(committed, clock), SemanticOf(semantic.Current)));
    }

    /// <summary>Read from the ledger, so that it answers also where another process is the worker; null if it cannot be read.</summary>
    private static async Task<QuarantineHealth?> QuarantineOf(HeldRecords held, IndexPaths paths, CancellationToken ct)
    {
        try
        {
            var (records, released) = await held.CountsAsync(ct);
            return new QuarantineHealth(paths.Quarantine, records, released);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            return null;
        }
    }

    /// <summary>Embedding fills in behind the lexical index: it is reported here and never holds readiness back.</summary>
    private static SemanticHealth SemanticOf(SemanticProgress p) =>
        new(p.State.ToString().ToLowerInvariant(), p.Sequence, p.Embedded, p.Total, Math.Round(p.Coverage, 4), Math.Round(p.ItemsPerSecond, 1),
            p.SecondsLeft is { } s ? Math.Round(s, 1) : null, p.ModelId);
}
