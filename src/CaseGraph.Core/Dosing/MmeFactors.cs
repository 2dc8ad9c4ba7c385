namespace CaseGraph.Core.Dosing;

/// <summary>
/// CDC 2022 morphine milligram equivalent conversion factors (per mg, or per mcg/hr for transdermal fentanyl).
/// Buprenorphine is deliberately absent: it is not converted to MME. (The 2016 factors in the reference data
/// differ; these are the ones to use.)
/// </summary>
public static class MmeFactors
{
    public static readonly IReadOnlyDictionary<string, double> ByIngredient = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["codeine"] = 0.15,
        ["hydrocodone"] = 1,
        ["hydromorphone"] = 5,
        ["methadone"] = 4.7,
        ["morphine"] = 1,
        ["oxycodone"] = 1.5,
        ["oxymorphone"] = 3,
        ["tapentadol"] = 0.4,
        ["tramadol"] = 0.2,
        ["fentanyl-transdermal"] = 2.4,
    };

    /// <summary>Reassess, offer naloxone at or above this daily MME.</summary>
    public const double Reassess = 50;

    /// <summary>Avoid, or carefully justify, at or above this daily MME.</summary>
    public const double AvoidOrJustify = 90;
}
