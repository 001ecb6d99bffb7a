using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Investment;

/// <summary>The ledger as a board: columns per stage under the ledger's filters, moved through the form's own endpoint.</summary>
public sealed class ProjectBoardTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task The_board_has_a_column_per_stage_in_the_modules_order_with_counts_and_amounts_of_what_the_reader_may_see()
    {
        var federation = await TestFederation.Create(factory);
        var town = $"看板镇{Guid.NewGuid():N}"[..10];
        await Enter(federation.Admin, federation.BranchA, town, "signed", 100_000_000m);
        await Enter(federation.Admin, federation.BranchA, town, "signed", 250_000_000m);
        await Enter(federation.Admin, federation.BranchA, town, "intent", null);
        await Enter(federation.Admin, federation.BranchB, town, "signed", 900_000_000m);
        var branchA = await federation.User(federation.BranchA, "branch-staff");

        var board = await (await branchA.GetAsync($"/api/investment/projects/board?town={Uri.EscapeDataString(town)}")).ShouldBe(HttpStatusCode.OK);

        Columns(board).Select(c => c.GetProperty("stage").GetString())
            .Should().Equal("intent", "negotiating", "signed", "groundbreaking", "inProduction", "dropped");
        var signed = Column(board, "signed");
        signed.GetProperty("count").GetInt32().Should().Be(2, "branch B's project is not the reader's to see");
        signed.GetProperty("amountYuan").GetDecimal().Should().Be(350_000_000m);
        signed.GetProperty("amountQualifier").GetString().Should().Be("exact");
        var intent = Column(board, "intent");
        intent.GetProperty("count").GetInt32().Should().Be(1);
        intent.GetProperty("amountQualifier").GetString().Should().Be("atLeast", "an undisclosed amount makes the total a floor");
        board.GetProperty("total").GetInt32().Should().Be(3);
        signed.GetProperty("cards").EnumerateArray().Should().OnlyContain(c => c.GetProperty("organisationId").GetGuid() == federation.BranchA);

        var everything = await (await federation.Admin.GetAsync($"/api/investment/projects/board?town={Uri.EscapeDataString(town)}")).Body();
        Column(everything, "signed").GetProperty("count").GetInt32().Should().Be(3);
        Column(everything, "signed").GetProperty("amountYuan").GetDecimal().Should().Be(1_250_000_000m);
        var filtered = await (await federation.Admin.GetAsync(
            $"/api/investment/projects/board?town={Uri.EscapeDataString(town)}&organisationId={federation.BranchB}")).Body();
        filtered.GetProperty("total").GetInt32().Should().Be(1, "the board takes the ledger's organisation filter");
    }

    [Fact]
    public async Task The_board_page_shows_each_column_with_its_count_total_and_cards_and_a_move_list_for_writers()
    {
        var federation = await TestFederation.Create(factory);
        var town = $"看板页{Guid.NewGuid():N}"[..10];
        var id = await Enter(federation.Admin, federation.BranchA, town, "signed", 80_000_000m);
        var pages = await PageClient.Admin(factory);

        var page = await pages.Get($"/investment/projects/board?town={Uri.EscapeDataString(town)}");

        page.Status.Should().Be(HttpStatusCode.OK);
        var signed = page.TestId("column-signed");
        signed.QuerySelector("[data-testid='column-count']")!.TextContent.Should().Be("1 个");
        signed.QuerySelector("[data-testid='column-total']")!.TextContent.Should().Be("8000万元");
        var card = signed.QuerySelector($"[data-card='{id}']")!;
        card.QuerySelector("[data-line='amount']")!.TextContent.Should().Be("8000万元");
        card.QuerySelector("[data-line='town']")!.TextContent.Should().Be(town);
        card.QuerySelectorAll("[data-move-to] option").Select(o => o.GetAttribute("value"))
            .Should().Equal("", "intent", "negotiating", "groundbreaking", "inProduction", "dropped");
        page.TestId("board").GetAttribute("data-move-url").Should().Be("/api/investment/projects/{id}/stage");

        var leader = await federation.User(federation.BranchA, "leadership");
        var readOnly = await leader.GetStringAsync("/investment/projects/board");
        readOnly.Should().NotContain("data-move-to", "a reader without investment.write gets no move list");
    }

    [Fact]
    public async Task A_move_from_the_board_advances_the_stage_and_writes_the_same_history_and_audit_as_the_form()
    {
        var federation = await TestFederation.Create(factory);
        var town = $"看板移{Guid.NewGuid():N}"[..10];
        var byBoard = await Enter(federation.Admin, federation.BranchA, town, "signed", 10_000_000m);
        var byForm = await Enter(federation.Admin, federation.BranchA, town, "signed", 10_000_000m);

        // What board.js posts when a card is dropped on the next column.
        var moved = await (await federation.Admin.PostAsJsonAsync($"/api/investment/projects/{byBoard}/stage",
            new { stage = "groundbreaking", date = "2023-06-01", version = 1 })).ShouldBe(HttpStatusCode.OK);
        var pages = await PageClient.Admin(factory);
        var details = await pages.Get($"/investment/projects/{byForm}");
        await pages.Submit(details.Document, "[data-testid='advance-form']", ("Stage", "Groundbreaking"), ("Date", "2023-06-01"));

        var formed = await (await federation.Admin.GetAsync($"/api/investment/projects/{byForm}")).Body();
        foreach (var project in new[] { moved, formed })
        {
            project.GetProperty("stage").GetString().Should().Be("groundbreaking");
            project.GetProperty("version").GetInt32().Should().Be(2);
            project.GetProperty("stages").EnumerateArray().Select(s => (s.GetProperty("stage").GetString(), s.GetProperty("date").GetString(), s.GetProperty("recordedBy").GetString()))
                .Should().Equal(("signed", "2023-02-26", "admin"), ("groundbreaking", "2023-06-01", "admin"));
        }
        foreach (var id in new[] { byBoard, byForm })
        {
            var audit = await Eventually.Within(TimeSpan.FromSeconds(10),
                async () => await (await federation.Admin.GetAsync($"/api/admin/audit?entityType=Project&entityId={id}")).Body(),
                body => body.GetProperty("total").GetInt32() >= 2);
            audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).Should().BeEquivalentTo(["Added", "Modified"]);
        }
        var board = await (await federation.Admin.GetAsync($"/api/investment/projects/board?town={Uri.EscapeDataString(town)}")).Body();
        Column(board, "groundbreaking").GetProperty("count").GetInt32().Should().Be(2);
        Column(board, "signed").GetProperty("count").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("zh-CN", "只能转为")]
    [InlineData("en", "can move only to")]
    public async Task A_refused_move_answers_problem_details_naming_the_reason_in_the_readers_language_and_changes_nothing(string culture, string reason)
    {
        var federation = await TestFederation.Create(factory);
        var id = await Enter(federation.Admin, federation.BranchA, "石岐", "intent", 10_000_000m);
        federation.Admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);

        var skipped = await (await federation.Admin.PostAsJsonAsync($"/api/investment/projects/{id}/stage",
            new { stage = "inProduction", date = "2023-06-01", version = 1 })).ShouldBe(HttpStatusCode.Conflict);
        skipped.GetProperty("errors").GetProperty("stage")[0].GetString().Should().Contain(reason);

        var stale = await (await federation.Admin.PostAsJsonAsync($"/api/investment/projects/{id}/stage",
            new { stage = "signed", date = "2023-06-01", version = 7 })).ShouldBe(HttpStatusCode.Conflict);
        stale.GetProperty("currentVersion").GetInt32().Should().Be(1);

        var undated = await (await federation.Admin.PostAsJsonAsync($"/api/investment/projects/{id}/stage",
            new { stage = "signed", version = 1 })).ShouldBe(HttpStatusCode.BadRequest);
        undated.GetProperty("errors").TryGetProperty("date", out _).Should().BeTrue();

        var leader = await federation.User(federation.BranchA, "leadership");
        var unwritable = await (await leader.PostAsJsonAsync($"/api/investment/projects/{id}/stage",
            new { stage = "signed", date = "2023-06-01", version = 1 })).ShouldBe(HttpStatusCode.Forbidden);
        unwritable.GetProperty("missingPermission").GetString().Should().Be("investment.write");

        var after = await (await federation.Admin.GetAsync($"/api/investment/projects/{id}")).Body();
        after.GetProperty("stage").GetString().Should().Be("intent");
        after.GetProperty("version").GetInt32().Should().Be(1);
        after.GetProperty("stages").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_bad_year_on_the_board_is_a_400_naming_the_year()
    {
        var admin = await factory.Admin();
        var refused = await (await admin.GetAsync("/api/investment/projects/board?year=20230")).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("year", out _).Should().BeTrue();
    }

    private static async Task<Guid> Enter(HttpClient admin, Guid organisation, string town, string stage, decimal? amount)
    {
        var body = InvestmentRequests.Project(organisation, stage: stage);
        body["town"] = town;
        body["amountYuan"] = amount;
        return (await (await admin.PostAsJsonAsync("/api/investment/projects", body)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    private static IEnumerable<JsonElement> Columns(JsonElement board) => board.GetProperty("columns").EnumerateArray();

    private static JsonElement Column(JsonElement board, string stage) => Columns(board).Single(c => c.GetProperty("stage").GetString() == stage);
}
