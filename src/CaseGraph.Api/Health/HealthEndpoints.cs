using CaseGraph.Core.Graph;
using CaseGraph.Indexing.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Health;

public sealed record IndexingHealth(string State, string? Progress, string? LastRun, string? LastError, int CorpusProblems,
    IReadOnlyList<string> FirstCorpusProblems, DateTimeOffset? LastCommitAt);

public sealed record TopicModelHealth(string State, int TrainingExamples, IReadOnlyList<string> TrainedTopics, IReadOnlyDictionary<string, string> SkippedTopics);

public sealed record GraphHealth(long Nodes, long Edges, long Sequence);

/// <summary>Records held back because they hold identifiers: where they wait and how many.</summary>
public sealed record QuarantineHealth(string Folder, int Records);

public sealed record HealthResponse(string Status, IndexingHealth Indexing, TopicModelHealth TopicModel, GraphHealth? Graph, QuarantineHealth? Quarantine);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetAsync).WithTags("Health").WithName("Health")
            .WithSummary("Service state: whether indexing is running, what the last run did, topic model, graph sizes and quarantined records");
        return app;
    }

    private static async Task<Ok<HealthResponse>> GetAsync(IndexingStatus status, IGraphStore graph, CancellationToken ct)
    {
        var s = status.Current;
        var indexing = new IndexingHealth(s.State.ToString().ToLowerInvariant(), s.Progress?.ToString(), s.LastReport?.ToString(), s.LastError,
            s.CorpusErrors.Count, s.CorpusErrors.Take(20).Select(e => e.ToString()).ToList(), s.LastCommitAt);
        var model = new TopicModelHealth(s.TopicModel.State, s.TopicModel.TrainingExamples, s.TopicModel.TrainedTopics, s.TopicModel.SkippedTopics);
        GraphHealth? graphHealth = null;
        try
        {
            var stats = await graph.GetStatsAsync(ct);
            graphHealth = new GraphHealth(stats.Nodes, stats.Edges, stats.Sequence);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Health must answer even when the graph cannot; the status below says it is degraded.
        }
        var overall = s.State == IndexingState.Failed || graphHealth is null ? "degraded" : "ok";
        var quarantine = s.Quarantine is { } q ? new QuarantineHealth(q.Folder, q.Records) : null;
        return TypedResults.Ok(new HealthResponse(overall, indexing, model, graphHealth, quarantine));
    }
}
