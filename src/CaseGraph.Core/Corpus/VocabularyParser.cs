using CaseGraph.Core.Model;

namespace CaseGraph.Core.Corpus;

/// <summary>
/// Parses a vocabulary TSV file: id, kind, name, synonyms, parents. A row of kind <c>extends</c> adds synonyms and
/// parents to a concept defined elsewhere (how imported reference data enriches the curated vocabulary).
/// </summary>
public static class VocabularyParser
{
    public const string ExtendsKind = "extends";

    public sealed record Entry(Concept Concept, string Path, int Line, bool Extends = false);

    public static IReadOnlyList<Entry> Parse(string tsv, string path, List<CorpusError> errors)
    {
        var entries = new List<Entry>();
        foreach (var row in TsvReader.Read(tsv, 5, path, errors))
        {
            var (id, kindText, name) = (row.Columns[0], row.Columns[1], row.Columns[2]);
            if (!CaseParser.IdPattern().IsMatch(id)) { errors.Add(new CorpusError(path, row.Line, "concept id is not a valid id (letters, digits, '-', '_' and '.')")); continue; }
            if (kindText == ExtendsKind)
            {
                entries.Add(new Entry(new Concept(id, default, name, TsvReader.SplitList(row.Columns[3]), TsvReader.SplitList(row.Columns[4])), path, row.Line, Extends: true));
                continue;
            }
            if (!ConceptKinds.TryParse(kindText, out var kind)) { errors.Add(new CorpusError(path, row.Line, $"unknown concept kind '{kindText}' (condition, medication, drug-class, intervention, extends)")); continue; }
            if (name.Length == 0) { errors.Add(new CorpusError(path, row.Line, $"concept '{id}' has no name")); continue; }
            entries.Add(new Entry(new Concept(id, kind, name, TsvReader.SplitList(row.Columns[3]), TsvReader.SplitList(row.Columns[4])), path, row.Line));
        }
        return entries;
    }
}
