using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>Short texts' findings are recalled, not scanned again: what is recalled must equal a fresh scan, on any thread.</summary>
public class PhiDetectorRecallTests
{
    private static PhiDetector NewDetector() => new(PhiLexicon.Of(["Rosa"], ["Lopez"], ["Street"], ["Oregon"], ["methadone"]));

    [Theory]
    [InlineData("Rosa Lopez, 555-867-5309")]   // findings
    [InlineData("methadone")]                  // none
    [InlineData("")]
    [InlineData("Case      R ")]               // a label read from an id
    public void A_recalled_short_text_gives_what_a_fresh_detector_finds(string text)
    {
        var detector = NewDetector();
        var first = detector.Scan(text);
        var results = new System.Collections.Concurrent.ConcurrentBag<IReadOnlyList<PhiFinding>>();
        Parallel.For(0, 64, _ => results.Add(detector.Scan(text)));
        var fresh = NewDetector().Scan(text);
        Assert.All(results.Append(first), r => Assert.Equal(fresh, r));
        Assert.Equal(NewDetector().ScanLabel(text), detector.ScanLabel(text));
    }

    [Fact]
    public void A_long_text_is_scanned_each_time_with_the_same_result()
    {
        var text = "Rosa Lopez called from 555-867-5309 about her methadone dose, " + new string('x', 80);
        var detector = NewDetector();
        Assert.Equal(detector.Scan(text), detector.Scan(text));
        Assert.Contains(detector.Scan(text), f => f.Kind == PhiKind.Name);
    }
}
