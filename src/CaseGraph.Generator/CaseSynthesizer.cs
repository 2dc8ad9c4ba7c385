using System.Text.RegularExpressions;
using CaseGraph.Core.Model;

namespace CaseGraph.Generator;

/// <summary>
/// Makes synthetic cases from templates. Pure and deterministic: case i of seed s is always the same case,
/// whatever order or thread it is made in.
/// </summary>
public sealed partial class CaseSynthesizer(Templates templates, int seed, double labelledShare = 0.02)
{
    public const int FirstYear = 2019, Months = 93; // 2019-01 .. 2026-09
    private static readonly string[] Settings = ["rural", "rural", "rural", "urban", "urban", "urban", "suburban", "tribal", "correctional"];
    private readonly string[] _topicIds = [.. templates.Topics.Keys.Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Slot();

    public static string IdOf(long index) => $"case-g{index:D7}";

    public CaseRecord Create(long index)
    {
        var random = new Random(Mix(seed, index));
        var month = random.Next(Months);
        if (random.NextDouble() < 0.35) month = Math.Max(month, random.Next(Months)); // the programme grows over time
        var year = FirstYear + month / 12;
        var primary = PickTopic(year, random, exclude: null);
        var secondary = random.NextDouble() < 0.35 ? PickTopic(year, random, exclude: primary) : null;
        var setting = Settings[random.Next(Settings.Length)];
        var patient = PatientFor(primary, secondary, random);
        var highDose = primary is "high-dose-opioids" or "tapering";
        var slots = new CaseSlots(templates, random, setting, patient, highDose);

        var p = templates.Topics[primary];
        var sentences = new List<string> { Pick(templates.Common.Openers, random) };
        sentences.AddRange(PickDistinct(p.Summary, random.Next(4, 8), random));
        sentences.AddRange(PickDistinct(templates.Common.Context, random.Next(2, 5), random));
        if (secondary is not null) sentences.AddRange(PickDistinct(templates.Topics[secondary].Summary, random.Next(1, 3), random));
        sentences.Add(Pick(templates.Common.Closers, random));

        var questions = PickDistinct(p.Questions, random.Next(1, 3), random).Select(slots.Fill).ToList();
        var recommendationTexts = PickDistinct(p.Recommendations, random.Next(3, 6), random).ToList();
        if (secondary is not null) recommendationTexts.Add(Pick(templates.Topics[secondary].Recommendations, random));

        var id = IdOf(index);
        var summary = string.Join(' ', sentences.Select(slots.Fill));
        slots.EnsureMedication(primary == "oud-treatment");
        var recommendations = recommendationTexts.Select((t, i) => new RecommendationRecord($"{id}-r{i + 1}", slots.Fill(t))).ToList();
        IReadOnlyList<string> topics = random.NextDouble() < labelledShare ? [primary, .. secondary is null ? Array.Empty<string>() : [secondary]] : [];
        return new CaseRecord(id, $"{year}-{month % 12 + 1:D2}", "Chronic Pain and OUD ECHO", setting, patient, summary, questions,
            slots.Medications, recommendations, topics);
    }

    private string PickTopic(int year, Random random, string? exclude)
    {
        var key = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var weights = _topicIds.Select(t => t == exclude ? 0 : templates.Topics[t].WeightByYear.GetValueOrDefault(key, 1)).ToArray();
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0) return _topicIds[i];
        }
        return _topicIds[^1];
    }

    private static PatientInfo PatientFor(string primary, string? secondary, Random random)
    {
        bool Has(string topic) => primary == topic || secondary == topic;
        string[] bands = Has("adolescents") ? ["12-17", "18-25"]
            : Has("older-adults") ? ["60-69", "70-79", "80-89"]
            : Has("pregnancy") ? ["18-25", "26-39"]
            : ["18-25", "26-39", "26-39", "40-49", "40-49", "50-59", "50-59", "60-69", "70-79"];
        var sex = Has("pregnancy") ? "female" : random.NextDouble() switch { < 0.49 => "female", < 0.98 => "male", _ => "unknown" };
        return new PatientInfo(bands[random.Next(bands.Length)], sex);
    }

    internal static string Pick(IReadOnlyList<string> from, Random random) => from[random.Next(from.Count)];

    /// <summary>Up to <paramref name="count"/> different items, in random order (a partial Fisher-Yates shuffle).</summary>
    internal static IEnumerable<string> PickDistinct(IReadOnlyList<string> from, int count, Random random)
    {
        var order = Enumerable.Range(0, from.Count).ToArray();
        for (var i = 0; i < Math.Min(count, order.Length); i++)
        {
            var j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
            yield return from[order[i]];
        }
    }

    /// <summary>SplitMix64 of seed and index: independent, stable streams per case.</summary>
    private static int Mix(int seed, long index)
    {
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index + 0x632BE59BD9B4E019UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }

    /// <summary>One case's slot values: each slot is chosen once and reused, so the story stays coherent.</summary>
    private sealed class CaseSlots(Templates templates, Random random, string setting, PatientInfo patient, bool highDose)
    {
        private readonly Dictionary<string, string> _values = new();
        private readonly List<MedicationEntry> _medications = [];

        public IReadOnlyList<MedicationEntry> Medications => _medications;

        public string Fill(string template) => Slot().Replace(template, m => Value(m.Groups[1].Value));

        private string Value(string slot)
        {
            if (_values.TryGetValue(slot, out var known)) return known;
            switch (slot)
            {
                case "patient": return _values[slot] = Describe(patient);
                case "Patient": return _values[slot] = char.ToUpperInvariant(Value("patient")[0]) + Value("patient")[1..];
                case "setting": return _values[slot] = setting;
                case "months": return _values[slot] = random.Next(2, 49).ToString(System.Globalization.CultureInfo.InvariantCulture);
                case "weeks": return _values[slot] = random.Next(2, 13).ToString(System.Globalization.CultureInfo.InvariantCulture);
                case "opioid" or "opioidRegimen" or "mme": Choose("opioid", Regimens.Opioids, forPain: true); return _values[slot];
                case "moud" or "moudDose": Choose("moud", Regimens.Moud); return _values[slot];
                case "benzo" or "benzoRegimen": Choose("benzo", Regimens.Benzodiazepines); return _values[slot];
                case "adjuvant" or "adjuvantRegimen": Choose("adjuvant", Regimens.Adjuvants); return _values[slot];
            }
            return _values[slot] = templates.Lists.TryGetValue(slot, out var list) ? Pick(list, random) : slot;
        }

        /// <summary>A presentation always lists current medications; add one when the text named none.</summary>
        public void EnsureMedication(bool onMoud)
        {
            if (_medications.Count > 0) return;
            if (onMoud) Choose("moud", Regimens.Moud);
            else if (random.NextDouble() < 0.6) Choose("opioid", Regimens.Opioids, forPain: true);
            else Choose("adjuvant", Regimens.Adjuvants);
        }

        private void Choose(string name, Regimens.Regimen[] from, bool forPain = false)
        {
            var chosen = Regimens.Pick(from, random, forPain);
            // High-dose and tapering cases are mostly at or above 90 MME/day: re-roll a few times to get there.
            for (var tries = 0; forPain && highDose && chosen.DailyMme < 90 && tries < 6; tries++) chosen = Regimens.Pick(from, random, forPain);
            _medications.Add(chosen.Entry);
            _values[name] = chosen.Entry.Name;
            _values[name == "moud" ? "moudDose" : name + "Regimen"] = name == "moud"
                ? $"{chosen.Entry.Dose} {chosen.Entry.Unit} {chosen.Entry.Frequency}" : chosen.Text;
            if (forPain) _values["mme"] = Math.Round(chosen.DailyMme).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private static string Describe(PatientInfo p)
        {
            var (noun, pronoun) = p.Sex switch { "female" => ("woman", "her"), "male" => ("man", "his"), _ => ("patient", "their") };
            return p.AgeBand switch
            {
                "12-17" => p.Sex == "female" ? "a teenage girl" : p.Sex == "male" ? "a teenage boy" : "a teenager",
                "18-25" => $"a young {noun} in {pronoun} early twenties",
                "26-39" => $"a {noun} in {pronoun} thirties",
                "40-49" => $"a {noun} in {pronoun} forties",
                "50-59" => $"a {noun} in {pronoun} fifties",
                "60-69" => $"a {noun} in {pronoun} sixties",
                "70-79" => $"a {noun} in {pronoun} seventies",
                _ => $"an older {noun}",
            };
        }
    }
}
