using CaseGraph.Lucene;
using Lucene.Net.Analysis.TokenAttributes;

namespace CaseGraph.Indexing.Tests;

public class ClinicalAnalyzerTests
{
    private static List<string> Tokens(string text)
    {
        using var analyzer = new ClinicalAnalyzer(new DrugWords(["oxycodone", "methadone", "Percocet"]));
        using var stream = analyzer.GetTokenStream(LuceneFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    [Fact]
    public void Stems_prose_but_keeps_medication_names_whole()
    {
        Assert.Equal(["patient", "taper", "oxycodone", "methadone", "percocet", "opioid"],
            Tokens("The patient's tapering of oxycodone, methadone and Percocet opioids"));
    }
}
