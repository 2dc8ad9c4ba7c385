using System.Text.RegularExpressions;

namespace CaseGraph.Core.Corpus;

/// <summary>
/// The closed shape of a case, recommendation or passage id (case-0001, case-0001-r1, cdc2022-r1-1, case-g0000001): letters,
/// digits, '-', '_' and '.', at most 64 characters, no run of more than 7 digits (a record or phone number) and no three
/// numbers in a row (a date, a phone number, an SSN). Names are left to the PHI detector, which reads the id as words.
/// </summary>
public static partial class RecordIds
{
    public const int MaxLength = 64;
    public const int MaxDigitRun = 7;

    /// <summary>The rule, for messages that must not quote the id itself.</summary>
    public const string Rule = "may hold only letters, digits, '-', '_' and '.' (at most 64, starting with a letter or digit), " +
        "with no run of more than 7 digits and no three numbers in a row";

    public static bool IsValid(string id) => Shape().IsMatch(id) && !LongNumber().IsMatch(id) && !NumberTriple().IsMatch(id);

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}\z")]
    private static partial Regex Shape();

    [GeneratedRegex(@"\d{8}")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"\d+[-_.]\d+[-_.]\d+")]
    private static partial Regex NumberTriple();
}
