using CaseGraph.Core.Model;

namespace CaseGraph.Core.Corpus;

/// <summary>Parses topics.tsv: id, name, definition.</summary>
public static class TopicTaxonomyParser
{
    public static IReadOnlyList<Topic> Parse(string tsv, string path, List<CorpusError> errors)
    {
        var topics = new List<Topic>();
        var seen = new HashSet<string>();
        foreach (var row in TsvReader.Read(tsv, 3, path, errors))
        {
            if (!seen.Add(row.Columns[0])) { errors.Add(new CorpusError(path, row.Line, $"duplicate topic id '{row.Columns[0]}'")); continue; }
            topics.Add(new Topic(row.Columns[0], row.Columns[1], row.Columns[2]));
        }
        return topics;
    }
}
