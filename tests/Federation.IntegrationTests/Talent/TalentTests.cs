using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Talent;

/// <summary>The talent work line end to end: the 2023 demo's figures, letters, withdrawals, duplicates and merges.</summary>
public sealed class TalentTests
{

    [Fact]
    public async Task A_talent_has_one_active_letter_and_a_withdrawn_letter_leaves_the_scorecard()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var talent = await (await admin.PostAsJsonAsync("/api/talent/talents", TalentRequests.Talent())).ShouldBe(HttpStatusCode.Created);
        var letter = TalentRequests.Letter();
        letter["signedOn"] = "2036-05-01";

        var signed = await (await admin.PostAsJsonAsync($"/api/talent/talents/{talent.Id()}/letter", letter)).ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync($"/api/talent/talents/{talent.Id()}/letter", letter)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await (await admin.GetAsync($"/api/talent/talents/{talent.Id()}")).Body()).GetProperty("status").GetString().Should().Be("intentSigned");
        await Eventually.Within(TimeSpan.FromSeconds(15), () => ScorecardRequests.Kpis(admin, "/api/scorecard/2036"), f => f["talent.phd-letters"] == 1);

        (await admin.PostAsJsonAsync($"/api/talent/letters/{signed.Id()}/withdraw", new { on = "2036-06-01", reason = "另有安排", version = 1 }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var after = await Eventually.Within(TimeSpan.FromSeconds(15), () => ScorecardRequests.Kpis(admin, "/api/scorecard/2036"), f => f["talent.phd-letters"] == 0);
        after["talent.letters-of-intent"].Should().Be(0);
        (await (await admin.GetAsync($"/api/talent/talents/{talent.Id()}")).Body()).GetProperty("status").GetString().Should().Be("inContact");
    }

    [Fact]
    public async Task A_duplicate_is_detected_and_merged_without_losing_its_letter()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var first = await (await admin.PostAsJsonAsync("/api/talent/talents", TalentRequests.Talent(contact: null))).ShouldBe(HttpStatusCode.Created);
        var sameContact = TalentRequests.Talent(name: "Chen Siyuan", contact: "chen@example.org");
        sameContact["nameZh"] = null;
        sameContact["nameForeign"] = "Chen Siyuan";
        var other = await (await admin.PostAsJsonAsync("/api/talent/talents", sameContact)).ShouldBe(HttpStatusCode.Created);
        var duplicate = await (await admin.PostAsJsonAsync("/api/talent/talents", TalentRequests.Talent(contact: "chen@example.org"))).ShouldBe(HttpStatusCode.Created);

        duplicate.GetProperty("possibleDuplicates").EnumerateArray().Select(d => d.GetGuid()).Should().BeEquivalentTo([first.Id(), other.Id()],
            "the same name at the same institution, and the same contact");
        await (await admin.PostAsJsonAsync($"/api/talent/talents/{duplicate.Id()}/letter", TalentRequests.Letter())).ShouldBe(HttpStatusCode.Created);

        var merged = await (await admin.PostAsJsonAsync($"/api/talent/talents/{first.Id()}/merge",
            new { duplicateId = duplicate.Id(), version = 1, duplicateVersion = 2 })).ShouldBe(HttpStatusCode.OK);

        merged.GetProperty("contact").GetString().Should().Be("chen@example.org", "what the duplicate knew is kept");
        merged.GetProperty("status").GetString().Should().Be("intentSigned");
        var letters = await (await admin.GetAsync($"/api/talent/letters?talentId={first.Id()}")).Body();
        letters.GetProperty("total").GetInt32().Should().Be(1, "the duplicate's letter moved to the kept record");
        (await (await admin.GetAsync("/api/talent/talents")).Body()).GetProperty("total").GetInt32().Should().Be(2, "the merged duplicate leaves the list");
        (await admin.GetAsync($"/api/talent/talents/{duplicate.Id()}")).StatusCode.Should().Be(HttpStatusCode.OK, "it stays as history");
    }

    [Fact]
    public async Task Renaming_a_talent_renames_their_letter_for_the_other_work_lines()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var talent = await (await admin.PostAsJsonAsync("/api/talent/talents", TalentRequests.Talent())).ShouldBe(HttpStatusCode.Created);
        var letter = await (await admin.PostAsJsonAsync($"/api/talent/talents/{talent.Id()}/letter", TalentRequests.Letter())).ShouldBe(HttpStatusCode.Created);
        var renamed = TalentRequests.Talent(name: "陈思源");
        renamed["version"] = 2;

        (await admin.PutAsJsonAsync($"/api/talent/talents/{talent.Id()}", renamed)).StatusCode.Should().Be(HttpStatusCode.OK);

        var after = await (await admin.GetAsync($"/api/talent/letters/{letter.Id()}")).Body();
        after.GetProperty("talentName").GetString().Should().Be("陈思源");
        after.GetProperty("version").GetInt32().Should().Be(2, "the rename is a new version of the letter, published to the others");
    }

    [Theory]
    [InlineData("talentsMet[0].countryOrRegion", "XX")]
    [InlineData("talentsMet[0].count", -1)]
    [InlineData("endDate", "2023-01-01")]
    [InlineData("city", null)]
    public async Task A_bad_talent_event_is_refused_naming_the_field_and_nothing_is_written(string field, object? value)
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var body = TalentRequests.Event();
        if (field.StartsWith("talentsMet", StringComparison.Ordinal))
            body["talentsMet"] = new[] { new Dictionary<string, object?> { ["degree"] = "phD", ["countryOrRegion"] = "MO", ["count"] = 3, [field.Split('.')[1]] = value } };
        else body[field] = value;

        var refused = await admin.PostAsJsonAsync("/api/talent/events", body);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain(field);
        (await (await admin.GetAsync("/api/talent/events")).Body()).GetProperty("total").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_letter_naming_an_employer_with_a_wrong_credit_code_is_refused()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var talent = await (await admin.PostAsJsonAsync("/api/talent/talents", TalentRequests.Talent())).ShouldBe(HttpStatusCode.Created);
        var letter = TalentRequests.Letter();
        letter["employerCreditCode"] = "91442000MA4UXXXXX1";

        var refused = await admin.PostAsJsonAsync($"/api/talent/talents/{talent.Id()}/letter", letter);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("employerCreditCode");
    }
}
