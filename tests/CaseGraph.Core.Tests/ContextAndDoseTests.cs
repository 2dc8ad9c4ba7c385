using CaseGraph.Core.Concepts;

namespace CaseGraph.Core.Tests;

public class ContextAndDoseTests
{
    private static readonly ConceptExtractor Extractor = new(CaseGraph.Tests.Shared.TestCorpus.BuildVocabulary());

    private static (string Id, MentionContext Context, string? Trigger)[] Contexts(string text) =>
        Extractor.Extract(text).Mentions.Select(m => (m.ConceptId, m.Context, m.Trigger)).ToArray();

    [Theory]
    [InlineData("Denies heroin or oxycodone use.", MentionContext.Negated, "Denies")]
    [InlineData("No history of OUD.", MentionContext.Negated, "No history of")]
    [InlineData("UDS negative for benzos.", MentionContext.Negated, "negative for")]
    [InlineData("History of OUD, in remission for six years.", MentionContext.Historical, "History of")]
    [InlineData("Her mother has OUD.", MentionContext.OtherExperiencer, "mother")]
    [InlineData("If she restarts oxycodone, consider naloxone.", MentionContext.Hypothetical, "If")]
    [InlineData("OUD was ruled out.", MentionContext.Negated, "was ruled out")]
    public void Marks_context_with_its_trigger(string text, MentionContext context, string trigger)
    {
        var first = Contexts(text)[0];
        Assert.Equal(context, first.Context);
        Assert.Equal(trigger, first.Trigger);
    }

    [Fact]
    public void Scope_ends_at_but_and_at_the_sentence()
    {
        var found = Contexts("Denies alprazolam but takes oxycodone daily. Uses Suboxone.");
        Assert.Equal([MentionContext.Negated, MentionContext.Affirmed, MentionContext.Affirmed], found.Select(f => f.Context));
    }

    [Fact]
    public void Another_persons_scope_ends_where_the_patient_is_the_subject_again()
    {
        var found = Contexts("Her brother has OUD and she takes oxycodone.");
        Assert.Equal(MentionContext.OtherExperiencer, found[0].Context);
        Assert.Equal(MentionContext.Affirmed, found[1].Context);
    }

    [Fact]
    public void Pseudo_triggers_do_not_negate()
    {
        Assert.All(Contexts("No change in her oxycodone; gabapentin as needed."), f => Assert.Equal(MentionContext.Affirmed, f.Context));
    }

    [Fact]
    public void Parses_doses_after_medication_names_and_sums_affirmed_mme()
    {
        var extraction = Extractor.Extract("Takes oxycodone 10 mg q6h prn and methadone 20 mg BID; denies Xanax 1 mg.");

        var oxy = extraction.Doses.Single(d => d.Mention.ConceptId == "oxycodone");
        Assert.Equal((10d, "mg", "q6h prn", 60d), (oxy.Parsed.Dose, oxy.Parsed.Unit, oxy.Parsed.Frequency, oxy.Regimen.DailyMme!.Value));
        Assert.Equal(188, extraction.Doses.Single(d => d.Mention.ConceptId == "methadone").Regimen.DailyMme);
        Assert.Equal(248, extraction.TotalDailyMme);
    }

    [Theory]
    [InlineData("Suboxone 16 mg/4 mg daily", 16, "mg", "daily")]
    [InlineData("oxycodone ER 20 mg every 12 hours", 20, "mg", "every 12 hours")]
    [InlineData("OxyContin 10/325 TID", 10, "mg", "TID")]
    [InlineData("methadone 80 mg daily", 80, "mg", "daily")]
    public void Reads_dose_patterns(string text, double dose, string unit, string frequency)
    {
        var d = Extractor.Extract(text).Doses.Single();
        Assert.Equal((dose, unit, frequency), (d.Parsed.Dose, d.Parsed.Unit, d.Parsed.Frequency));
    }

    [Fact]
    public void A_number_that_is_not_a_dose_is_not_read_as_one()
    {
        Assert.Empty(Extractor.Extract("On oxycodone 2 years, then methadone.").Doses);
    }
}
