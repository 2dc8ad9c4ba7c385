using CaseGraph.Core.Privacy;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Privacy;

namespace CaseGraph.Indexing.Tests;

/// <summary>The detector with its real name lists (every Bogus locale) on names written here, with no cue before them.</summary>
public class PhiInternationalNamesTests
{
    private static readonly PhiDetector Detector = PhiLexicons.Detector(Corpus.CorpusReader.Read(RepositoryPaths.Default("corpus")).Vocabulary);

    [Theory]
    [InlineData("Follow-up with Jana Dvořáková after the taper.", "Jana Dvořáková")]   // Czech
    [InlineData("Follow-up with Jana Dvorakova after the taper.", "Jana Dvorakova")]
    [InlineData("Notes from Francesca Romano about the patch.", "Francesca Romano")]  // Italian
    [InlineData("Konrad Schäfer reports less pain.", "Konrad Schäfer")]               // German
    [InlineData("Agnieszka Wiśniewska brought the kit back.", "Agnieszka Wiśniewska")] // Polish
    [InlineData("Met Thiago Carvalho at the pharmacy.", "Thiago Carvalho")]           // Portuguese
    [InlineData("Mehmet Yılmaz said he sleeps better.", "Mehmet Yılmaz")]              // Turkish
    [InlineData("Seen with Mikko Korhonen today.", "Mikko Korhonen")]                 // Finnish
    [InlineData("Nagy Erzsébet brought her list.", "Nagy Erzsébet")]                  // Hungarian, surname first
    [InlineData("The taper suits Szabó better than the patch.", "Szabó")]             // a surname alone inside a sentence
    [InlineData("Nguyễn Thị Lan came with her daughter.", "Nguyễn Thị Lan")]          // Vietnamese
    public void Finds_names_of_other_languages_from_the_lists(string text, string name)
    {
        var names = Detector.Scan(text).Where(f => f.Kind == PhiKind.Name).Select(f => text[f.Start..f.End]);

        Assert.Contains(names, n => n.Contains(name.Split(' ')[^1]));
    }

    [Theory]
    [InlineData("Her son can drive; his wife will call; the colon was clear.")]
    [InlineData("History of Cushing syndrome, Hashimoto thyroiditis and Raynaud phenomenon.")]
    [InlineData("Guidance from the United States and the American College of Physicians.")]
    public void Leaves_word_like_names_and_eponyms_alone(string text)
    {
        Assert.DoesNotContain(Detector.Scan(text), f => f.Kind == PhiKind.Name);
    }
}
