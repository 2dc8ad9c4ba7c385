namespace CaseGraph.Core.Search;

/// <summary>How many cells of a table are withheld, why, and a coarser interval to try when most are. Pure.</summary>
/// <param name="Cells">cells in the answer</param>
/// <param name="Suppressed">of them, withheld</param>
/// <param name="Reason">the rule, in words a reader of the chart understands</param>
/// <param name="SuggestedInterval">a coarser interval when more than half the cells are withheld, else null</param>
public sealed record TrendSuppression(int Cells, int Suppressed, string Reason, string? SuggestedInterval)
{
    public const string Rule =
        "cells with fewer than 11 cases (1 to 10) are hidden so that no one case can be singled out, " +
        "and so is any cell from which a hidden count could be worked out by subtraction";

    public static TrendSuppression Of(TrendTable table)
    {
        var suppressed = table.Cells.Count(c => c.Suppressed);
        var mostHidden = table.Cells.Count > 0 && suppressed * 2 > table.Cells.Count;
        return new TrendSuppression(table.Cells.Count, suppressed, Rule, mostHidden ? Coarser(table.Interval) : null);
    }

    /// <summary>The next coarser interval's name (month to quarter to year); null for year.</summary>
    public static string? Coarser(TrendInterval interval) => interval switch
    {
        TrendInterval.Month => "quarter",
        TrendInterval.Quarter => "year",
        _ => null,
    };

    /// <summary>One sentence for a chart: how many cells are hidden and why.</summary>
    public string Sentence() => Suppressed == 0
        ? "No cell is hidden."
        : $"{Suppressed} of {Cells} cells hidden: {Rule}." + (SuggestedInterval is null ? "" : $" Try by {SuggestedInterval}.");
}
