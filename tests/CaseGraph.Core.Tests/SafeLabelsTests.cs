using CaseGraph.Core.Corpus;
using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

public class SafeLabelsTests
{
    private static readonly SafeLabels Labels = new(new PhiDetector(PhiLexicon.Of(["Mary"], ["Jones"], ["Street"], ["Oregon"], ["oxycodone"])));

    [Theory]
    [InlineData("cases/case-0001.json")]
    [InlineData("cases/0001/case-g0000001.json")]
    [InlineData("guidelines/cdc-2022.jsonl")]
    [InlineData("vocabulary/drug-classes.tsv")]
    public void A_path_of_closed_parts_with_nothing_found_is_its_own_label(string path) => Assert.Equal(path, Labels.ForPath(path));

    [Theory]
    [InlineData("cases/mary-jones.json")]                   // a name, read as words
    [InlineData("cases/case-1961-04-12.json")]              // a date
    [InlineData("cases/MRN48213377.json")]                  // a record number
    [InlineData("cases/Dr John Smith 555-867-5309.json")]   // spaces: not a closed part
    [InlineData("/home/coordinator/corpus/cases/c.json")]   // absolute
    public void A_path_that_may_hold_an_identifier_is_labelled_by_its_hash(string path)
    {
        var label = Labels.ForPath(path);

        Assert.Matches("^file#[0-9a-f]{8}$", label);
        Assert.Equal(label, Labels.ForPath(path)); // stable from run to run
        Assert.NotEqual(label, Labels.ForPath(path + "x"));
    }

    [Fact]
    public void An_id_that_may_hold_a_name_is_labelled_by_its_hash() => Assert.Matches("^id#[0-9a-f]{8}$", Labels.ForId("Mary-Jones-7"));

    [Fact]
    public void An_error_gets_the_label_in_its_path_and_wherever_its_reason_repeats_the_path()
    {
        var error = new CorpusError("cases/mary-jones.json", 3, "cases/mary-jones.json is also read from elsewhere");

        var safe = Labels.Apply(error);

        Assert.Equal(3, safe.Line);
        Assert.DoesNotContain("mary", safe.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"{safe.Path} is also read from elsewhere", safe.Reason);
    }

    [Fact]
    public void Ids_and_file_names_are_read_as_capitalised_words_without_their_numbers() => Assert.Equal("Cases Mary Jones   Json", SafeLabels.AsWords("cases/mary-jones-7.json"));
}
