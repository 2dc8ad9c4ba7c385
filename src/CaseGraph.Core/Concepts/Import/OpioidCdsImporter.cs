using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseGraph.Core.Corpus;

namespace CaseGraph.Core.Concepts.Import;

/// <summary>A vocabulary row the importer adds: a new concept, or brand names and synonyms for an existing one.</summary>
public sealed record ImportedRow(string Id, string Kind, string Name, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Parents, string Source);

/// <summary>
/// Builds vocabulary additions from the CDC opioid decision-support reference data (CC0): RxNorm drug names with
/// brand names in brackets (OMTKData.cql, medication value sets) and opioid misuse disorder names. New ingredients
/// become concepts; brands attach to the product concept the curated vocabulary already has (Percocet ->
/// oxycodone-acetaminophen, Butrans -> buprenorphine-transdermal). Pure: texts in, rows out.
/// </summary>
public static partial class OpioidCdsImporter
{
    /// <summary>Medication value sets read, with the drug class a new ingredient from each belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> MedicationValueSets = new Dictionary<string, string>
    {
        ["buprenorphine-medications.json"] = "opioid-partial-agonists",
        ["methadone-medications.json"] = "opioid-full-agonists",
        ["naloxone-medications.json"] = "opioid-antagonists",
        ["fentanyl-type-medications.json"] = "opioid-full-agonists",
        ["oxycodone-medications.json"] = "opioid-full-agonists",
        ["benzodiazepine-medications.json"] = "benzodiazepines",
        ["barbiturate-medications.json"] = "barbiturates",
    };

    public const string DisorderValueSet = "opioid-misuse-disorders.json";
    private const string OpioidClass = "opioid-full-agonists";

    private static readonly string[] SaltWords =
        ["hydrochloride", "bitartrate", "sulfate", "citrate", "phosphate", "tartrate", "hcl", "besylate", "mesylate", "maleate",
         "napsylate", "polistirex", "monohydrate", "anhydrous", "succinate", "acetate", "bromide", "sodium", "potassium", "calcium", "pentahydrate", "dipotassium", "terephthalate", "myristate", "liposomal"];

    [GeneratedRegex(@"drugName:\s*'(?<name>[^']*)'.*?ingredientName:\s*'(?<ingredient>[^']*)'")]
    private static partial Regex CqlDrugRow();

    [GeneratedRegex(@"^(?:(?:abuse-deterrent|\d+\s*hr|\d+\s*day)\s+)+")]
    private static partial Regex LeadingQualifiers();

    [GeneratedRegex(@"\[(?<brand>[^\]]+)\]\s*$")]
    private static partial Regex Brand();

    [GeneratedRegex(@"^(?<ingredient>[a-z][a-z ,\-]*?)\s+\d")]
    private static partial Regex LeadingIngredient();

    public static IReadOnlyList<ImportedRow> Import(string omtkCql, IReadOnlyDictionary<string, string> valueSets, Vocabulary curated)
    {
        var rows = new Dictionary<string, ImportedRow>();
        var claimed = curated.Concepts.SelectMany(c => c.Terms).Select(TextTokenizer.NormalizePhrase).ToHashSet();

        // OMTK rows name their opioid ingredient; value-set rows do not, so their first ingredient of the set's kind is taken.
        var drugs = CqlDrugRow().Matches(omtkCql).Select(m => (Name: m.Groups["name"].Value, Primary: (string?)m.Groups["ingredient"].Value.ToLowerInvariant(), Class: OpioidClass))
            .Concat(MedicationValueSets.Where(v => valueSets.ContainsKey(v.Key))
                .SelectMany(v => Displays(valueSets[v.Key]).Select(d => (Name: d, Primary: (string?)null, Class: v.Value))))
            .Distinct();
        foreach (var (name, primaryName, drugClass) in drugs.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var ingredients = name.Split(" / ").Select(IngredientOf).OfType<string>().ToList();
            var primary = primaryName ?? ingredients.FirstOrDefault(i => IsPrimary(i, drugClass));
            if (primary is null) continue;
            if (curated.Resolve(primary) is null && !rows.ContainsKey(Slug(primary)) && claimed.Add(TextTokenizer.NormalizePhrase(primary)))
                rows[Slug(primary)] = new ImportedRow(Slug(primary), "medication", primary, [], [drugClass], "new ingredient");

            if (Brand().Match(name) is not { Success: true } brand) continue;
            var brandName = brand.Groups["brand"].Value.Trim();
            if (!claimed.Add(TextTokenizer.NormalizePhrase(brandName))) continue;
            var target = Target(name, primary, ingredients, curated, rows);
            if (target is null) continue;
            AddSynonym(rows, target, brandName, "brand name");
        }

        if (valueSets.TryGetValue(DisorderValueSet, out var disorders) && curated.Find("opioid-use-disorder") is not null)
        {
            foreach (var display in Displays(disorders).Select(DisorderName).OfType<string>().Distinct().Order(StringComparer.Ordinal))
                if (claimed.Add(TextTokenizer.NormalizePhrase(display))) AddSynonym(rows, "opioid-use-disorder", display, "disorder name");
        }
        return rows.Values.OrderBy(r => r.Kind == VocabularyParser.ExtendsKind).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The rows as a vocabulary TSV file, with a header saying how it was made.</summary>
    public static string ToTsv(IEnumerable<ImportedRow> rows, string command)
    {
        var tsv = new StringBuilder();
        tsv.Append("# Generated from ../shared/data/opioid-cds (CC0) by: ").Append(command).Append('\n');
        tsv.Append("# Do not edit by hand; curated concepts live in the other files of this folder.\n");
        tsv.Append("id\tkind\tname\tsynonyms\tparents\n");
        foreach (var r in rows) tsv.Append($"{r.Id}\t{r.Kind}\t{r.Name}\t{string.Join('|', r.Synonyms)}\t{string.Join('|', r.Parents)}\n");
        return tsv.ToString();
    }

    private static void AddSynonym(Dictionary<string, ImportedRow> rows, string target, string synonym, string source)
    {
        if (rows.TryGetValue(target, out var row))
            rows[target] = row with { Synonyms = [.. row.Synonyms, synonym] };
        else
            rows["+" + target] = rows.TryGetValue("+" + target, out var ext)
                ? ext with { Synonyms = [.. ext.Synonyms, synonym] }
                : new ImportedRow(target, VocabularyParser.ExtendsKind, "", [synonym], [], source);
    }

    /// <summary>The product concept a branded drug belongs to, most specific first.</summary>
    private static string? Target(string drugName, string primary, IReadOnlyList<string> ingredients, Vocabulary curated,
        Dictionary<string, ImportedRow> rows)
    {
        string? IdOf(string ingredient) => curated.Resolve(ingredient)?.Id ?? (rows.ContainsKey(Slug(ingredient)) ? Slug(ingredient) : null);
        var lower = drugName.ToLowerInvariant();
        if (IdOf(primary) is not { } first) return null;
        var candidates = new List<string>();
        var ids = ingredients.Select(IdOf).ToList();
        if (ids.Count > 1 && ids.All(id => id is not null))
        {
            candidates.Add(string.Join('-', ids));
            candidates.Add(string.Join('-', ids.AsEnumerable().Reverse()));
        }
        if (lower.Contains("transdermal")) candidates.Add(first + "-transdermal");
        if (lower.Contains("buccal") && first == "buprenorphine") candidates.Add("buprenorphine-buccal");
        if (first == "fentanyl" && Regex.IsMatch(lower, "buccal|sublingual|nasal|lozenge|transmucosal")) candidates.Add("fentanyl-transmucosal");
        if (first == "buprenorphine" && Regex.IsMatch(lower, "injection|injectable|implant|syringe")) candidates.Add("buprenorphine-extended-release");
        if (Regex.IsMatch(lower, @"extended release|\b(12|24) hr\b")) candidates.Add(first + "-extended-release");
        candidates.Add(first);
        return candidates.FirstOrDefault(c => curated.Find(c) is not null || rows.ContainsKey(c));
    }

    private static bool IsPrimary(string ingredient, string drugClass) => drugClass switch
    {
        "benzodiazepines" => ingredient.EndsWith("am", StringComparison.Ordinal) || ingredient.EndsWith("ide", StringComparison.Ordinal),
        "barbiturates" => ingredient.EndsWith("tal", StringComparison.Ordinal) || ingredient == "primidone",
        _ => true,
    };

    /// <summary>"oxycodone hydrochloride 5 MG" -> "oxycodone"; salts dropped.</summary>
    internal static string? IngredientOf(string component)
    {
        var m = LeadingIngredient().Match(LeadingQualifiers().Replace(component.Trim().ToLowerInvariant(), ""));
        if (!m.Success) return null;
        var words = m.Groups["ingredient"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !SaltWords.Contains(w.Trim(','))).ToList();
        return words.Count == 0 ? null : string.Join(' ', words).Trim(',', ' ');
    }

    /// <summary>"Opioid dependence (disorder)" -> "opioid dependence"; qualified forms (remission, "with ...") are left out.</summary>
    internal static string? DisorderName(string display)
    {
        var name = Regex.Replace(display, @"\s*\((disorder|finding)\)\s*$", "").Trim().ToLowerInvariant();
        if (name.Contains(',') || name.Contains(" with ") || name.Contains("remission") || name.Contains(" in ") || name.Split(' ').Length > 4) return null;
        var aboutUse = name.Contains("abuse") || name.Contains("dependence") || name.Contains("use disorder") || name.Contains("addiction");
        return aboutUse && (name.Contains("opioid") || name.Contains("opiate")) ? name : null;
    }

    private static IEnumerable<string> Displays(string valueSetJson)
    {
        using var doc = JsonDocument.Parse(valueSetJson);
        if (!doc.RootElement.TryGetProperty("expansion", out var expansion) || !expansion.TryGetProperty("contains", out var contains)) return [];
        return contains.EnumerateArray().Select(c => c.TryGetProperty("display", out var d) ? d.GetString() : null).OfType<string>().ToList();
    }

    private static string Slug(string name) => Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
}
