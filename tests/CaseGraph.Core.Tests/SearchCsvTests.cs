using CaseGraph.Core.Search;

namespace CaseGraph.Core.Tests;

public class SearchCsvTests
{
    [Fact]
    public void A_result_list_has_a_header_and_one_line_a_hit_with_empty_cells_for_what_is_unknown()
    {
        var csv = SearchCsv.Write([
            new SearchCsvRow("cdc2022-r08", "guideline", "Offer naloxone", "2022-11-04", null, "CDC 2022", "Recommendation 8",
                "https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm", 3.14159f),
            new SearchCsvRow("case-0001", "case", "How should we taper?", "2021-03", "rural", null, null, null, 1f),
        ]);

        Assert.Equal(
            "id,kind,title,date,setting,source,section,url,score\n" +
            "cdc2022-r08,guideline,Offer naloxone,2022-11-04,,CDC 2022,Recommendation 8,https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm,3.1416\n" +
            "case-0001,case,How should we taper?,2021-03,rural,,,,1\n", csv);
    }

    [Fact]
    public void Cells_with_commas_quotes_or_line_breaks_are_quoted_and_formulas_are_neutralised()
    {
        var csv = SearchCsv.Write([
            new SearchCsvRow("g-1", "guideline", "Opioids, \"benzos\"\nand alcohol", null, null, "=HYPERLINK(\"http://x\")", "+1 section", "@SUM(A1)", 0.5f),
            new SearchCsvRow("g-2", "guideline", "-2 MME", null, null, null, null, null, 0f),
        ]);

        var lines = csv.Split('\n');
        Assert.Equal("g-1,guideline,\"Opioids, \"\"benzos\"\"", lines[1]);
        Assert.Equal("and alcohol\",,,\"'=HYPERLINK(\"\"http://x\"\")\",'+1 section,'@SUM(A1),0.5", lines[2]);
        Assert.Equal("g-2,guideline,'-2 MME,,,,,,0", lines[3]);
    }
}
