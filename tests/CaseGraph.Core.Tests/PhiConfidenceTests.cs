using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>Findings say how sure they are, by what found them, and the detector's threshold decides which it reports.</summary>
public class PhiConfidenceTests
{
    private static PhiLexicon Lexicon { get; } = PhiLexicon.Of(["Maria", "Tomas"], ["Lopez"], ["Street"], ["Oregon"], ["oxycodone", "naloxone"]);

    private static List<(string Kind, string Text, double Confidence)> Found(string text, double threshold = PhiConfidence.DefaultThreshold) =>
        [.. new PhiDetector(Lexicon, threshold).Scan(text).Select(f => (f.Kind.ToSlug(), text[f.Start..f.End], f.Confidence))];

    [Theory]
    [InlineData("Card 4111 1111 1111 1111 on file.", "account", "4111 1111 1111 1111", PhiConfidence.Checked)]
    [InlineData("Write to jroe@example.org today.", "email", "jroe@example.org", PhiConfidence.Checked)]
    [InlineData("MRN: 4471923 was wrong.", "mrn", "4471923", PhiConfidence.Labelled)]
    [InlineData("Dr. Alvarez called about the taper.", "name", "Alvarez", PhiConfidence.Labelled)]
    [InlineData("Her son Tomas picks up the naloxone.", "name", "Tomas", PhiConfidence.Shaped)]
    [InlineData("Seen on March 14, 2024 in clinic.", "date", "March 14, 2024", PhiConfidence.Shaped)]
    [InlineData("Mokoena reports three days of withdrawal.", "name", "Mokoena", PhiConfidence.Likely)]
    [InlineData("Reachable on 0161 496 0920 most days.", "phone", "0161 496 0920", PhiConfidence.Likely)]
    public void Each_finding_is_as_sure_as_what_found_it(string text, string kind, string identifier, double confidence) =>
        Assert.Contains((kind, identifier, confidence), Found(text));

    [Fact]
    public void A_higher_threshold_reports_only_the_surer_findings()
    {
        const string text = "Mokoena reports three days of withdrawal; MRN: 4471923.";
        Assert.Equal(["Mokoena", "4471923"], Found(text).Select(f => f.Text));
        Assert.Equal(["4471923"], Found(text, threshold: PhiConfidence.Shaped).Select(f => f.Text));
        Assert.Empty(Found(text, threshold: 0.99));
    }

    [Fact]
    public void Findings_below_the_threshold_do_not_hide_surer_ones_they_overlap()
    {
        // The likely phone shape is read last: a labelled number over the same digits is reported whatever the threshold.
        const string text = "Pharmacy account no. 0161 496 0920 for billing.";
        Assert.Contains(Found(text, threshold: PhiConfidence.Labelled), f => f.Kind == "account" && f.Text == "0161 496 0920");
    }
}
