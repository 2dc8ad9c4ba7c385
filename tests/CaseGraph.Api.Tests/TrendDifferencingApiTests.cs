using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Search;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Api.Tests;

/// <summary>
/// Finding 6 of issue 17 against the API on Kestrel over a generated archive (1,500 cases, 2019-2026): a researcher asks
/// every aligned window of every interval, for all cases, each setting and single topics, and topic and concept trends
/// together, then works every identity between the answers; nothing from 1 to 10 comes out exactly.
/// </summary>
[Collection(GeneratedKestrelCollection.Name)]
public class TrendDifferencingApiTests(GeneratedKestrelFactory factory)
{
    private static readonly string[] Concepts = ["fentanyl,xylazine", "buprenorphine,naloxone", "OUD,benzodiazepines"];

    [Fact]
    public async Task No_set_of_trend_answers_gives_back_a_count_from_1_to_10()
    {
        using var client = factory.Client(SecuredApiFactory.ResearcherKey);
        var attack = new DifferencingAttack();
        var filters = CaseParser.Settings.Select(s => "setting=" + s).Prepend("").ToList();
        foreach (var interval in Enum.GetValues<TrendInterval>())
        {
            var name = interval.ToString().ToLowerInvariant();
            foreach (var (from, to) in Windows(interval))
            {
                var window = $"interval={name}" + (from is null ? "" : $"&from={from}&to={to}");
                foreach (var filter in filters.Append("topic=oud-treatment").Append("topic=tapering&setting=rural"))
                    attack.Read(await AskAsync(client, $"/api/topics/trends?{window}&{filter}", "topic",
                        filter.Split('&').FirstOrDefault(f => f.StartsWith("setting=")) ?? "all"));
                foreach (var concepts in Concepts)
                    attack.Read(await AskAsync(client, $"/api/concepts/trends?concepts={concepts}&{window}", "concept", "all"));
            }
        }

        Assert.Empty(attack.Conflicts); // each cell had one number in every answer
        Assert.True(attack.ShownNumbers > 100 && attack.WithheldNumbers > 100,
            $"the attack had shown ({attack.ShownNumbers}) and withheld ({attack.WithheldNumbers}) numbers to work with");
        Assert.Empty(attack.Recovered([.. CaseParser.Settings]));
    }

    [Theory]
    [InlineData("interval=year&from=2022-01&to=2022-11", "to", "to must be the last month of a year: 2021-12 or 2022-12 would be accepted")]
    [InlineData("interval=quarter&from=2022-02", "from", "from must be the first month of a quarter: 2022-01 or 2022-04 would be accepted")]
    public async Task A_window_that_cuts_a_period_is_a_400_naming_the_accepted_months(string query, string field, string message)
    {
        using var client = factory.Client(SecuredApiFactory.ResearcherKey);
        foreach (var path in new[] { "/api/topics/trends?", "/api/concepts/trends?concepts=fentanyl&" })
        {
            using var response = await client.GetAsync(path + query);
            Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(message, body.GetProperty("errors").GetProperty(field)[0].GetString());
        }
    }

    [Fact]
    public async Task Answers_say_how_they_are_rounded_and_show_only_multiples_of_5()
    {
        using var client = factory.Client(SecuredApiFactory.ResearcherKey);
        var body = await client.GetFromJsonAsync<JsonElement>("/api/topics/trends?interval=year");

        Assert.Equal(CellRounding.Base, body.GetProperty("rounding").GetProperty("base").GetInt32());
        var shown = body.GetProperty("cells").EnumerateArray().Where(c => !c.GetProperty("suppressed").GetBoolean()).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, c => Assert.Equal(0, c.GetProperty("count").GetInt32() % CellRounding.Base));
        Assert.StartsWith($"# {CellRounding.Description}\nperiod,series,count,share,period_cases\n",
            await client.GetStringAsync("/api/topics/trends?interval=year&format=csv"));
    }

    /// <summary>The whole archive, then every aligned window: all of them for years, those in 2021-2023 for quarters and in 2022 for months.</summary>
    private static IEnumerable<(string? From, string? To)> Windows(TrendInterval interval)
    {
        yield return (null, null);
        var (first, last) = interval switch
        {
            TrendInterval.Year => (2019 * 12, 2026 * 12 + 11), // the archive ends in 2026-09: the last year is partly empty
            TrendInterval.Quarter => (2021 * 12, 2023 * 12 + 11),
            _ => (2022 * 12, 2022 * 12 + 11),
        };
        var step = TrendWindow.MonthsPer(interval);
        for (var from = first; from <= last; from += step)
            for (var to = from + step - 1; to <= last; to += step)
                yield return (YearMonth(from), YearMonth(to));
    }

    private static string YearMonth(int index) => $"{index / 12:0000}-{index % 12 + 1:00}";

    private static async Task<PublishedTrend> AskAsync(HttpClient client, string url, string source, string filter)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var periods = body.GetProperty("periods").EnumerateArray()
            .Select(p => new TrendPeriod(p.GetProperty("period").GetString()!, Number(p, "cases"), p.GetProperty("suppressed").GetBoolean())).ToList();
        var cells = body.GetProperty("cells").EnumerateArray().Select(c => new TrendCell(c.GetProperty("period").GetString()!,
            c.GetProperty("series").GetString()!, Number(c, "count"), null, c.GetProperty("suppressed").GetBoolean())).ToList();
        var interval = Enum.Parse<TrendInterval>(body.GetProperty("interval").GetString()!, ignoreCase: true);
        var rounding = body.GetProperty("rounding").ValueKind == JsonValueKind.Null ? null : body.GetProperty("rounding").GetProperty("description").GetString();
        return new PublishedTrend(source, filter, new TrendTable(interval, periods, cells, rounding));
    }

    private static int? Number(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Number ? element.GetProperty(name).GetInt32() : null;
}
