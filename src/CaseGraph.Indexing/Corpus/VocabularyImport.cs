using CaseGraph.Core.Concepts;
using CaseGraph.Core.Concepts.Import;
using CaseGraph.Core.Corpus;

namespace CaseGraph.Indexing.Corpus;

/// <summary>Runs the opioid-cds importer over the reference data folder and writes corpus/vocabulary/opioid-cds.tsv.</summary>
public static class VocabularyImport
{
    public const string OutputFile = "opioid-cds.tsv";
    public const string Command = "dotnet run --project src/CaseGraph.Worker -- import-vocabulary --from ../shared/data/opioid-cds --corpus corpus";

    /// <summary>The file's content for this reference data and the curated vocabulary beside it.</summary>
    public static string Build(string referenceDirectory, string corpusDirectory)
    {
        var errors = new List<CorpusError>();
        var curatedFiles = Directory.EnumerateFiles(Path.Combine(corpusDirectory, "vocabulary"), "*.tsv")
            .Where(f => Path.GetFileName(f) != OutputFile).Order(StringComparer.Ordinal);
        var curated = Vocabulary.Build(curatedFiles.SelectMany(f => VocabularyParser.Parse(File.ReadAllText(f), f, errors)), errors);
        var valueSets = OpioidCdsImporter.MedicationValueSets.Keys.Append(OpioidCdsImporter.DisorderValueSet)
            .Select(name => Path.Combine(referenceDirectory, "valuesets", name)).Where(File.Exists)
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var rows = OpioidCdsImporter.Import(File.ReadAllText(Path.Combine(referenceDirectory, "OMTKData.cql")), valueSets, curated);
        return OpioidCdsImporter.ToTsv(rows, Command);
    }

    public static int Run(string[] args)
    {
        string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var from = Arg("--from", Path.Combine("..", "shared", "data", "opioid-cds"));
        var corpus = Arg("--corpus", "corpus");
        if (!File.Exists(Path.Combine(from, "OMTKData.cql")))
        {
            Console.Error.WriteLine($"'{from}' holds no OMTKData.cql; pass --from with the opioid-cds reference data folder");
            return 2;
        }
        var tsv = Build(from, corpus);
        var output = Path.Combine(corpus, "vocabulary", OutputFile);
        File.WriteAllText(output, tsv);
        Console.WriteLine($"wrote {output}: {tsv.Split('\n').Count(l => l.Length > 0 && !l.StartsWith('#')) - 1} rows");
        return 0;
    }
}
