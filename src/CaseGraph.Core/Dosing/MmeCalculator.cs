using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Dosing;

/// <summary>
/// Daily MME with the CDC 2022 factors: dose x doses per day x factor (transdermal fentanyl: mcg/hr x 2.4).
/// A product maps to its opioid ingredient through the vocabulary's parents (Percocet -> oxycodone).
/// Buprenorphine is never converted. Pure.
/// </summary>
public sealed class MmeCalculator(Vocabulary vocabulary)
{
    public const string Buprenorphine = "buprenorphine";

    public MedicationDose Calculate(string conceptId, double dose, string? unit, string? frequency)
    {
        unit = NormalizeUnit(unit);
        var perDay = Frequency.DosesPerDay(frequency);
        var (ingredient, factor) = Ingredient(conceptId, unit);
        if (ingredient is null) return new(conceptId, dose, unit, frequency, perDay, null, null);
        if (ingredient == Buprenorphine) return new(conceptId, dose, unit, frequency, perDay, null, "buprenorphine is not converted to MME");
        if (factor is not { } f) return new(conceptId, dose, unit, frequency, perDay, null, $"no CDC 2022 factor for {ingredient}");
        if (unit == "mcg/hr") return new(conceptId, dose, unit, frequency, perDay, Round(dose * f), null);
        if (unit != "mg") return new(conceptId, dose, unit, frequency, perDay, null, $"dose unit '{unit}' cannot be converted");
        return perDay is { } n
            ? new(conceptId, dose, unit, frequency, n, Round(dose * n * f), null)
            : new(conceptId, dose, unit, frequency, null, null, "no frequency given");
    }

    /// <summary>Total daily MME of a case's medication list; null when no opioid analgesic has a computable dose.</summary>
    public double? TotalFor(IEnumerable<MedicationEntry> medications, Func<string, string?> resolve)
    {
        double? total = null;
        foreach (var m in medications)
        {
            if (m.Dose is not { } dose || resolve(m.Name) is not { } id) continue;
            if (Calculate(id, dose, m.Unit, m.Frequency).DailyMme is { } mme) total = (total ?? 0) + mme;
        }
        return total is null ? null : Round(total.Value);
    }

    /// <summary>The opioid ingredient behind a medication concept and its factor; (null, null) for a non-opioid.</summary>
    public (string? Ingredient, double? Factor) Ingredient(string conceptId, string unit)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<string>([conceptId]);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (!seen.Add(id)) continue;
            if (id == Buprenorphine) return (id, null);
            if (id == "fentanyl" && unit == "mcg/hr") id = "fentanyl-transdermal";
            if (MmeFactors.ByIngredient.TryGetValue(id, out var factor)) return (id, factor);
            if (id == "fentanyl") return (id, null);
            foreach (var parent in vocabulary.Find(id)?.Parents ?? [])
                if (vocabulary.Find(parent)?.Kind == ConceptKind.Medication) queue.Enqueue(parent);
        }
        return (null, null);
    }

    public static string NormalizeUnit(string? unit)
    {
        var u = (unit ?? "mg").Trim().ToLowerInvariant().Replace(" ", "");
        return u switch
        {
            "mcg/h" or "mcg/hr" or "mcg/hour" or "microgram/hour" or "micrograms/hour" or "mcgperhour" or "microgramsperhour" => "mcg/hr",
            "milligram" or "milligrams" or "mgs" => "mg",
            "microgram" or "micrograms" or "µg" => "mcg",
            _ => u,
        };
    }

    /// <summary>The band clinicians reason in: none, under 50, 50 to 89, 90 or more.</summary>
    public static string Band(double? mme) => mme switch
    {
        null or <= 0 => "none",
        < MmeFactors.Reassess => "1-49",
        < MmeFactors.AvoidOrJustify => "50-89",
        _ => "90+",
    };

    private static double Round(double value) => Math.Round(value, 1);
}
