using CaseGraph.Indexing.Ledger;

namespace CaseGraph.Indexing.Privacy;

/// <summary>
/// <c>casegraph-worker quarantine list [--indexes DIR]</c>: the records held back for identifiers, one a line, with the
/// kinds, fields and offsets found (never the identifiers).
/// <c>casegraph-worker quarantine release --id ID [--indexes DIR]</c>: after review, the next run indexes that record as
/// it is now; it stays released while its content is unchanged.
/// </summary>
public static class QuarantineCommands
{
    public static async Task<int> ListAsync(HeldRecords ledger, TextWriter output, CancellationToken ct)
    {
        var held = await ledger.AllAsync(ct);
        foreach (var h in held) output.WriteLine(Line(h));
        output.WriteLine($"{held.Count(h => !h.Released)} held, {held.Count(h => h.Released)} released by review");
        return 0;
    }

    public static async Task<int> ReleaseAsync(HeldRecords ledger, string id, TextWriter output, CancellationToken ct)
    {
        var released = await ledger.ReleaseAsync(id, ct);
        output.WriteLine(released == 0
            ? "no held record has that id (see: quarantine list)"
            : $"released {released} record(s): the next run indexes them as they are; a change to their content holds them back again");
        return released == 0 ? 1 : 0;
    }

    /// <summary>One held record: id, kind, where it is, its state and what was found where.</summary>
    public static string Line(HeldRecord h) =>
        $"{h.Id}\t{h.Kind}\t{h.Source}:{h.Line}\t{(h.Released ? "released" : "held")}\t" +
        string.Join("; ", h.Findings.Select(f => $"{f.Kind} in {f.Field} at {f.Start}-{f.End}"));
}
