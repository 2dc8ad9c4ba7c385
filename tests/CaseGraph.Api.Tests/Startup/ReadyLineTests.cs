using CaseGraph.Api.Health;
using CaseGraph.Api.Hosting;

namespace CaseGraph.Api.Tests.Startup;

/// <summary>The ready line and the health command name addresses a person or a probe on this machine can open.</summary>
public class ReadyLineTests
{
    [Theory]
    [InlineData("http://localhost:5080", "http://localhost:5080")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080")]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://*:8080", "http://localhost:8080")]
    [InlineData("http://+:8080", "http://localhost:8080")]
    [InlineData("http://127.0.0.1:5391", "http://127.0.0.1:5391")]
    public void A_wildcard_address_is_shown_as_localhost(string listening, string shown) => Assert.Equal(shown, ReadyLine.Browsable(listening));

    [Fact]
    public void The_line_names_the_address_and_the_pages() =>
        Assert.Equal("CaseGraph ready at http://localhost:5080 (search, workbench, trends pages; /swagger)", ReadyLine.Text(["http://localhost:5080"]));

    [Theory]
    [InlineData(null, "http://127.0.0.1:5080/health/ready")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/health/ready")]
    [InlineData("http://+:80;https://+:443", "http://127.0.0.1:80/health/ready")]
    [InlineData("http://localhost:5080", "http://127.0.0.1:5080/health/ready")]
    [InlineData("http://10.0.0.5:9000", "http://10.0.0.5:9000/health/ready")]
    public void The_health_command_probes_the_first_listening_address(string? urls, string probe) => Assert.Equal(probe, HealthCommand.ReadyUrl(urls));
}
