using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Exports;

/// <summary>The project ledger exports exactly what its filters select, every page of it, in the reader's language.</summary>
public sealed class InvestmentExportTests
{
    [Fact]
    public async Task The_ledger_exports_every_filtered_row_with_chinese_or_english_headers_and_wan_yuan_beside_yuan()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        for (var i = 0; i < 3; i++)
        {
            var body = InvestmentRequests.Project();
            body["town"] = "导出测试镇";
            body["name"] = i == 0 ? "=cmd|' /C calc'!A0" : $"导出测试项目{i}";
            body["amountYuan"] = 12_345_678.9m + i;
            (await admin.PostAsJsonAsync("/api/investment/projects", body)).EnsureSuccessStatusCode();
        }
        var other = InvestmentRequests.Project();
        other["town"] = "别的镇";
        (await admin.PostAsJsonAsync("/api/investment/projects", other)).EnsureSuccessStatusCode();

        var rows = await Workbooks.Rows(admin, "/investment/projects?handler=Export&town=导出测试镇&page=2");

        rows.Should().HaveCount(3, "the filter selects three projects, whatever page the reader was on");
        rows.Select(r => (string)r["项目名称"]).Should().Contain("=cmd|' /C calc'!A0", "a formula-like name is kept as text");
        var first = rows.Single(r => (string)r["项目名称"] == "导出测试项目1");
        Convert.ToDecimal(first["金额（元）"]).Should().Be(12_345_679.9m);
        Convert.ToDecimal(first["金额（万元）"]).Should().Be(1234.568m);
        first["落地镇街"].Should().Be("导出测试镇");

        var english = await Workbooks.Rows(admin, "/investment/projects?handler=Export&town=导出测试镇&culture=en");
        english.Should().HaveCount(3);
        english[0].Keys.Should().Contain(["Project", "Amount (yuan)", "Amount (10,000 yuan)", "Town"]);
    }

    [Theory]
    [InlineData("year=abc")]
    [InlineData("stage=bogus")]
    [InlineData("year=1800")]
    public async Task A_filter_that_is_not_one_shows_the_ledger_with_a_400_and_exports_nothing(string filter)
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();

        var response = await admin.GetAsync($"/investment/projects?handler=Export&{filter}");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }
}
