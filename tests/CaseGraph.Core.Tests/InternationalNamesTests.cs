using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>Names of many languages, with and without a cue, and clinical look-alikes that must stay clean.</summary>
public class InternationalNamesTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(
        ["Jiří", "Zsófia", "Giuseppe", "Tomás", "Rosa", "Małgorzata", "Søren", "Nguyễn", "Ayşe", "Joaquim", "Bartholomew", "Luca", "Can"],
        ["Novák", "Horváth", "Esposito", "Müller", "Kowalczyk", "Gonçalves", "Virtanen", "Öztürk", "Jansen", "Kovács"],
        ["Street"], ["Oregon"], ["oxycodone", "naloxone", "Percocet", "disease"]));

    private static List<string> Names(string text) =>
        [.. Detector.Scan(text).Where(f => f.Kind == PhiKind.Name).Select(f => text[f.Start..f.End])];

    [Theory]
    [InlineData("Seen with Jiří Novák, who takes oxycodone.", "Jiří Novák")]
    [InlineData("Seen with Jiri Novak, who takes oxycodone.", "Jiri Novak")] // diacritics dropped still match
    [InlineData("Zsofia Kovacs brought the naloxone kit.", "Zsofia Kovacs")] // and added ones match plain lists
    [InlineData("Follow-up arranged by Herr Müller.", "Müller")]
    [InlineData("Frau Dr. med. Annelie Vogt reviewed the taper.", "Annelie Vogt")]
    [InlineData("Sig.ra Esposito declined the patch.", "Esposito")]
    [InlineData("Sra. Gonçalves will come on Friday.", "Gonçalves")]
    [InlineData("Mme. Lefèvre was informed.", "Lefèvre")]
    [InlineData("Dott. Bianchi agreed with the plan.", "Bianchi")]
    [InlineData("Mr. Novák missed two visits.", "Novák")]
    [InlineData("Her brother Søren drove her in.", "Søren")]
    [InlineData("Last visit: Kowalczyk, Małgorzata, no changes.", "Kowalczyk, Małgorzata")]
    [InlineData("She was seen by Horváth in the spring.", "Horváth")]
    [InlineData("Öztürk reports better sleep on the lower dose.", "Öztürk")]
    [InlineData("Ms. Maria da Silva Gonçalves takes Percocet.", "Maria da Silva Gonçalves")]
    [InlineData("Dr. O'Brien and the team met.", "O'Brien")]
    [InlineData("Mr. McDonald-Virtanen asked about naloxone.", "McDonald-Virtanen")]
    [InlineData("Dr. Turner and Ms. Foley reviewed the chart.", "Turner")] // eponyms only before a clinical noun
    public void Finds_international_names_with_and_without_cues(string text, string name)
    {
        Assert.Contains(name, Names(text));
    }

    [Theory]
    [InlineData("The pt's daughter rosa picks up refills.", "rosa")]
    [InlineData("Her husband, giuseppe, keeps the naloxone.", "giuseppe")]
    [InlineData("Lives with a son named tomas.", "tomas")]
    [InlineData("A neighbour named luca checks on her.", "luca")]
    public void Finds_lower_case_first_names_after_relation_words(string text, string name)
    {
        Assert.Contains(name, Names(text));
    }

    [Theory]
    [InlineData("Her son can drive her to the clinic.")] // "Can" is a Turkish first name, "can" an English word
    [InlineData("His wife will call; her daughter was worried.")]
    [InlineData("Her husband named the pharmacy he prefers.")]
    public void Leaves_lower_case_words_after_relation_words_alone(string text)
    {
        Assert.Empty(Names(text));
    }

    [Theory]
    [InlineData("History of Addison's disease and Crohn's disease on oxycodone.")]
    [InlineData("Emanuel syndrome and Ehlers-Danlos syndrome are rare.")]
    [InlineData("Bell's palsy resolved; Wells score was low; Glasgow Coma Scale 15.")]
    [InlineData("Beck Depression Inventory and the Morse Fall Scale were done.")]
    [InlineData("Rates in the United States and North America differ from New Mexico.")]
    [InlineData("The National Heart, Lung, and Blood Institute and the American Academy of Pediatrics agree.")]
    [InlineData("Referred to the Mayo Clinic, then to Johns Hopkins.")]
    [InlineData("Graham crackers and Melba toast are allowed.")]
    [InlineData("How the Test Will Feel: you may feel a sting.")]
    [InlineData("A positive Babinski sign; Apgar scores 8 and 9; Mallampati class II.")]
    [InlineData("Parkinson's, Alzheimer's and Hodgkin lymphoma were ruled out.")]
    [InlineData("Foley catheter out; Holter monitor and Gram stain done; Turner syndrome and Epstein-Barr virus ruled out.")]
    public void Leaves_eponyms_places_organisations_and_headings_alone(string text)
    {
        Assert.Empty(Names(text));
    }

    [Theory]
    [InlineData("Novák", "Novak")]
    [InlineData("Małgorzata", "Malgorzata")]
    [InlineData("Søren", "Soren")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("Groß", "Gross")]
    public void Folding_drops_diacritics(string written, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(written));
    }
}
