using System.Globalization;
using CaseGraph.Core.Dosing;
using CaseGraph.Core.Model;

namespace CaseGraph.Generator;

/// <summary>Plausible regimens for the medication slots, with the daily MME they add up to.</summary>
internal static class Regimens
{
    internal sealed record Regimen(string Name, string Ingredient, double[] Doses, string Unit, (string Text, double PerDay)[] Frequencies);

    public static readonly Regimen[] Opioids =
    [
        new("oxycodone", "oxycodone", [5, 10, 15, 20, 30], "mg", [("every 6 hours", 4), ("every 8 hours", 3), ("twice daily", 2)]),
        new("OxyContin", "oxycodone", [20, 40, 60, 80], "mg", [("every 12 hours", 2)]),
        new("hydrocodone-acetaminophen", "hydrocodone", [5, 7.5, 10], "mg", [("every 6 hours", 4), ("three times daily", 3)]),
        new("morphine ER", "morphine", [15, 30, 60, 100], "mg", [("every 12 hours", 2), ("every 8 hours", 3)]),
        new("hydromorphone", "hydromorphone", [2, 4, 8], "mg", [("every 6 hours", 4), ("every 4 hours", 6)]),
        new("tramadol", "tramadol", [50, 100], "mg", [("every 6 hours", 4), ("twice daily", 2)]),
        new("tapentadol", "tapentadol", [50, 100], "mg", [("every 12 hours", 2), ("every 6 hours", 4)]),
        new("methadone", "methadone", [5, 10, 20], "mg", [("every 8 hours", 3), ("twice daily", 2)]),
        new("fentanyl patch", "fentanyl-transdermal", [12, 25, 50, 75, 100], "mcg/hr", [("every 72 hours", 1)]),
        new("codeine-acetaminophen", "codeine", [30, 60], "mg", [("every 6 hours", 4)]),
    ];

    public static readonly Regimen[] Moud =
    [
        new("buprenorphine-naloxone", "buprenorphine", [8, 12, 16, 24], "mg", [("daily", 1), ("in two divided doses", 1)]),
        new("Suboxone", "buprenorphine", [8, 16, 24], "mg", [("daily", 1)]),
        new("buprenorphine", "buprenorphine", [4, 8, 16], "mg", [("daily", 1), ("three times daily", 1)]),
        new("methadone", "methadone", [40, 60, 80, 100, 120], "mg", [("daily at the opioid treatment program", 1)]),
    ];

    public static readonly Regimen[] Benzodiazepines =
    [
        new("alprazolam", "alprazolam", [0.5, 1, 2], "mg", [("twice daily", 2), ("at bedtime", 1), ("three times daily", 3)]),
        new("clonazepam", "clonazepam", [0.5, 1, 2], "mg", [("twice daily", 2), ("at bedtime", 1)]),
        new("lorazepam", "lorazepam", [0.5, 1, 2], "mg", [("twice daily", 2), ("as needed", 1)]),
        new("diazepam", "diazepam", [5, 10], "mg", [("twice daily", 2), ("at bedtime", 1)]),
    ];

    public static readonly Regimen[] Adjuvants =
    [
        new("duloxetine", "duloxetine", [30, 60], "mg", [("daily", 1)]),
        new("gabapentin", "gabapentin", [300, 600, 800], "mg", [("three times daily", 3)]),
        new("pregabalin", "pregabalin", [75, 150], "mg", [("twice daily", 2)]),
        new("naproxen", "naproxen", [250, 500], "mg", [("twice daily", 2)]),
        new("meloxicam", "meloxicam", [7.5, 15], "mg", [("daily", 1)]),
        new("nortriptyline", "nortriptyline", [10, 25, 50], "mg", [("at bedtime", 1)]),
        new("acetaminophen", "acetaminophen", [500, 1000], "mg", [("three times daily", 3)]),
        new("topical diclofenac", "diclofenac", [2, 4], "g", [("four times daily", 4)]),
    ];

    /// <summary>A chosen regimen: the medication entry for the case and how it reads in text.</summary>
    internal sealed record Chosen(MedicationEntry Entry, string Text, double DailyMme);

    /// <param name="forPain">an analgesic regimen, counted in the daily MME (MOUD regimens are not)</param>
    public static Chosen Pick(Regimen[] from, Random random, bool forPain = false)
    {
        var r = from[random.Next(from.Length)];
        var dose = r.Doses[random.Next(r.Doses.Length)];
        var (frequency, perDay) = r.Frequencies[random.Next(r.Frequencies.Length)];
        var mme = !forPain || !MmeFactors.ByIngredient.TryGetValue(r.Ingredient, out var factor) ? 0
            : r.Unit == "mcg/hr" ? dose * factor // transdermal fentanyl: the factor is per mcg/hr
            : dose * perDay * factor;
        var text = $"{r.Name} {dose.ToString(CultureInfo.InvariantCulture)} {r.Unit} {frequency}";
        return new Chosen(new MedicationEntry(r.Name, dose, r.Unit, frequency), text, mme);
    }
}
