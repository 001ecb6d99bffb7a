using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Federation.IntegrationTests.PersonalData;

/// <summary>
/// A person's PIPL requests (ADR 0032): an admin finds a person across the work lines, downloads
/// everything the product holds about them, and erases them — after which none of their strings is
/// left anywhere in the database, the figures are as before, and the erasure register says so.
/// </summary>
public sealed class SubjectRequestTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_export_holds_the_persons_data_from_every_work_line_that_keeps_it_and_nothing_of_anyone_else()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var tag = EnterpriseRequests.Unique();
        var name = $"导出甲{tag}";
        var talent = await Talent(federation.Admin, name, Phone("139"));
        await EnterpriseRequests.Created(federation.Admin, $"/api/talent/talents/{talent}/letter", TalentRequests.Letter());
        var enterprise = EnterpriseRequests.Enterprise();
        var contactPhone = Phone("137");
        enterprise["contacts"] = new[] { new { name, role = "总经理", phone = contactPhone }, new { name = $"别人{tag}", role = "会计", phone = Phone("136") } };
        await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/enterprises", enterprise);
        var otherPhone = Phone("135");
        await Talent(federation.Admin, $"旁人乙{tag}", otherPhone);

        var found = await Found(federation.Admin, name);
        found.Select(p => p.GetProperty("module").GetString()).Should().BeEquivalentTo(["Enterprises", "Talent"]);
        var records = found.Select(p => p.GetProperty("record").GetString()).ToList();

        var response = await federation.Admin.PostAsJsonAsync("/api/admin/personal-data/exports", new { records, reason = "本人申请查阅复制" });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain(".json");
        var text = await response.Content.ReadAsStringAsync();
        var export = JsonDocument.Parse(text).RootElement;
        export.GetProperty("reason").GetString().Should().Be("本人申请查阅复制");
        var people = export.GetProperty("people").EnumerateArray().ToList();
        people.Should().HaveCount(2);
        text.Should().Contain(contactPhone).And.Contain("中山大学中山研究院", "the letter of intent is a related fact")
            .And.Contain("莫斯科国立大学").And.NotContain(otherPhone).And.NotContain($"别人{tag}", "the enterprise's other contact is someone else");
        Value(people.Single(p => p.GetProperty("person").GetProperty("module").GetString() == "Talent"), "contact").Should().StartWith("139");

        var workbook = await federation.Admin.PostAsJsonAsync("/api/admin/personal-data/exports", new { records, reason = "本人申请", format = "xlsx" });
        workbook.StatusCode.Should().Be(HttpStatusCode.OK);
        workbook.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        var logged = await (await federation.Admin.GetAsync($"/api/admin/personal-data-access?recordId={talent}&action=exported")).ShouldBe(HttpStatusCode.OK);
        logged.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("reason").GetString()).Should().Contain("本人申请查阅复制");
    }

    [Fact]
    public async Task After_an_erasure_none_of_the_persons_strings_is_left_in_the_database_and_the_figures_are_unchanged()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var tag = EnterpriseRequests.Unique();
        var name = $"抹除甲{tag}";
        var foreign = $"Erasable{tag}";
        var phone = Phone("139");
        var email = $"erase.{tag}@example.test";
        var contactPhone = Phone("137");
        var earlierPhone = Phone("138");
        var talent = await Talent(federation.Admin, name, earlierPhone, foreign);
        // Corrected: the audit keeps the earlier phone as the change's "from".
        var correction = TalentRequests.Talent(null, name, phone);
        correction["nameForeign"] = foreign;
        correction["version"] = 1;
        await (await federation.Admin.PutAsJsonAsync($"/api/talent/talents/{talent}", correction)).ShouldBe(HttpStatusCode.OK);
        await EnterpriseRequests.Created(federation.Admin, $"/api/talent/talents/{talent}/letter", TalentRequests.Letter());
        // A second record of the same person, deleted: the recycle bin keeps it.
        var deleted = await Talent(federation.Admin, name, email);
        var enterprise = EnterpriseRequests.Enterprise();
        enterprise["contacts"] = new[] { new { name, role = "总经理", phone = contactPhone } };
        await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/enterprises", enterprise);
        await (await federation.Admin.DeleteAsync($"/api/talent/talents/{deleted}?version=1")).ShouldBe(HttpStatusCode.NoContent);
        var before = await Eventually.Within(Wait, () => ScorecardRequests.Kpis(federation.Admin, "/api/scorecard/2023"), k => k["talent.letters-of-intent"] >= 1);
        await Delivered(factory, talent, deleted);
        var strings = new[] { name, foreign, phone, earlierPhone, email, contactPhone };
        (await Holding(factory, strings)).Should().NotBeEmpty("the test must see the person's data before the erasure for its absence after to mean anything");

        var found = await Found(federation.Admin, name);
        found.Should().HaveCount(3, "two talent records, one of them deleted, and an enterprise contact");
        foreach (var person in found)
        {
            var erased = await (await federation.Admin.PostAsJsonAsync("/api/admin/personal-data/erasures",
                new { record = person.GetProperty("record").GetString(), reason = "本人书面申请删除", confirm = true })).ShouldBe(HttpStatusCode.OK);
            erased.GetProperty("name").GetString().Should().StartWith("已删除的人员 #");
            erased.GetProperty("alreadyErased").GetBoolean().Should().BeFalse();
        }
        await Delivered(factory, talent, deleted);

        (await Holding(factory, strings)).Should().BeEmpty("no table's text keeps the erased person");
        if (!TestStore.OnPostgres)
        {
            await Compact(factory);
            var bytes = await File.ReadAllBytesAsync(factory.DatabasePath);
            foreach (var value in strings)
                Contains(bytes, Encoding.UTF8.GetBytes(value)).Should().BeFalse($"the file's bytes keep no trace of {value} after a checkpoint and VACUUM");
        }
        var after = await ScorecardRequests.Kpis(federation.Admin, "/api/scorecard/2023");
        after.Should().BeEquivalentTo(before, "an erasure keeps the non-personal facts the figures count");
        var record = await (await federation.Admin.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK);
        record.GetProperty("nameZh").GetString().Should().StartWith("已删除的人员 #");
        record.GetProperty("contact").ValueKind.Should().Be(JsonValueKind.Null);
        record.GetProperty("institution").GetString().Should().Be("莫斯科国立大学");

        var register = await (await federation.Admin.GetAsync("/api/admin/personal-data/erasures")).ShouldBe(HttpStatusCode.OK);
        var rows = register.GetProperty("items").EnumerateArray().ToList();
        rows.Should().HaveCount(3);
        rows.Should().OnlyContain(r => r.GetProperty("action").GetString() == "erased" && r.GetProperty("reason").GetString() == "本人书面申请删除");
        rows.Select(r => r.GetProperty("recordId").GetGuid()).Should().Contain([talent, deleted]);
        register.GetRawText().Should().NotContain(name).And.NotContain(phone);
    }

    [Fact]
    public async Task A_second_erasure_is_harmless_and_a_branch_admin_cannot_erase_or_see_another_branchs_person()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var tag = EnterpriseRequests.Unique();
        var name = $"分会甲{tag}";
        var talent = await Talent(federation.Admin, name, Phone("139"), organisationId: federation.BranchB);
        var branchAdmin = await federation.User(federation.BranchA, "admin");
        var record = $"Talent/Talent/{talent}";

        (await Found(branchAdmin, name)).Should().BeEmpty("branch B's talent is outside branch A's scope");
        var refused = await (await branchAdmin.PostAsJsonAsync("/api/admin/personal-data/erasures", new { record, reason = "越权尝试", confirm = true }))
            .ShouldBe(HttpStatusCode.NotFound);
        refused.GetProperty("errors").TryGetProperty("record", out _).Should().BeTrue();
        (await (await branchAdmin.PostAsJsonAsync("/api/admin/personal-data/exports", new { records = new[] { record }, reason = "越权尝试" }))
            .ShouldBe(HttpStatusCode.NotFound)).GetProperty("errors").TryGetProperty("records[0]", out _).Should().BeTrue();
        (await (await federation.Admin.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK)).GetProperty("nameZh").GetString().Should().Be(name);

        var unconfirmed = await (await federation.Admin.PostAsJsonAsync("/api/admin/personal-data/erasures", new { record, reason = "本人申请" }))
            .ShouldBe(HttpStatusCode.BadRequest);
        unconfirmed.GetProperty("errors").TryGetProperty("confirm", out _).Should().BeTrue();

        var first = await (await federation.Admin.PostAsJsonAsync("/api/admin/personal-data/erasures", new { record, reason = "本人申请", confirm = true })).ShouldBe(HttpStatusCode.OK);
        var second = await (await federation.Admin.PostAsJsonAsync("/api/admin/personal-data/erasures", new { record, reason = "本人申请", confirm = true })).ShouldBe(HttpStatusCode.OK);
        second.GetProperty("alreadyErased").GetBoolean().Should().BeTrue();
        second.GetProperty("name").GetString().Should().Be(first.GetProperty("name").GetString());
        second.GetProperty("erasedFields").GetArrayLength().Should().Be(0);
        var register = await (await federation.Admin.GetAsync("/api/admin/personal-data/erasures")).ShouldBe(HttpStatusCode.OK);
        register.GetProperty("total").GetInt32().Should().Be(1, "the second request erased nothing");
        (await (await branchAdmin.GetAsync("/api/admin/personal-data/erasures")).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32()
            .Should().Be(0, "branch A's admin reviews the erasures of its own subtree");
    }

    [Fact]
    public async Task The_requests_page_finds_a_person_asks_before_erasing_and_shows_the_register()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var name = $"页面甲{EnterpriseRequests.Unique()}";
        var talent = await Talent(federation.Admin, name, Phone("139"));
        var page = await (await PageClient.SignedIn(factory, "admin", FederationFactory.AdminPassword)).Get($"/admin/personal-data?q={Uri.EscapeDataString(name)}");

        page.TestId("person-row").GetAttribute("data-record").Should().Be($"Talent/Talent/{talent}");
        page.TestId("erase-form").GetAttribute("data-confirm").Should().Contain(name).And.Contain("无法撤销");
        page.TestId("export-form");
        page.TestId("erasure-register");
    }

    private static async Task<Guid> Talent(HttpClient admin, string name, string contact, string? foreign = null, Guid? organisationId = null)
    {
        var body = TalentRequests.Talent(organisationId, name, contact);
        body["nameForeign"] = foreign;
        return (await EnterpriseRequests.Created(admin, "/api/talent/talents", body)).Id();
    }

    private static string Phone(string prefix) => prefix + Random.Shared.Next(10_000_000, 99_999_999);

    private static async Task<List<JsonElement>> Found(HttpClient admin, string text) =>
        (await (await admin.GetAsync($"/api/admin/personal-data/people?q={Uri.EscapeDataString(text)}")).ShouldBe(HttpStatusCode.OK)).EnumerateArray().ToList();

    private static string? Value(JsonElement copy, string field) =>
        copy.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("field").GetString() == field).GetProperty("value").GetString();

    /// <summary>Every outbox sent, and the audit log holding the talents' rows: the platform's copies are all written.</summary>
    private static async Task Delivered(FederationFactory factory, params Guid[] talents)
    {
        var outboxes = new[] { ("tal", "tal_outbox"), ("ent", "ent_outbox"), ("plt", "plt_outbox") }
            .Select(o => $"(SELECT COUNT(*) FROM {Table(o.Item1, o.Item2)} WHERE \"SentAtUtc\" IS NULL)");
        await Eventually.Within(Wait, () => Scalar(factory, "SELECT " + string.Join(" + ", outboxes)), n => n == 0);
        foreach (var talent in talents)
            await Eventually.Within(Wait, () => Scalar(factory, $"SELECT COUNT(*) FROM {Table("plt", "plt_audit_entries")} WHERE \"EntityId\" = '{talent}'"), n => n > 0);
        await Task.Delay(500);
    }

    /// <summary>On PostgreSQL each module's tables sit in the module's schema; SQLite has one namespace.</summary>
    private static string Table(string schema, string table) => TestStore.OnPostgres ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"";

    private static async Task<DbConnection> Opened(FederationFactory factory)
    {
        DbConnection connection = TestStore.OnPostgres
            ? new NpgsqlConnection(factory.PostgresDatabase)
            : new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<long> Scalar(FederationFactory factory, string sql)
    {
        await using var connection = await Opened(factory);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>"table.column: value" for every cell of every table holding one of <paramref name="values"/>.</summary>
    private static async Task<List<string>> Holding(FederationFactory factory, IReadOnlyList<string> values)
    {
        var found = new List<string>();
        await using var connection = await Opened(factory);
        var columns = new List<(string Table, string Column, bool Binary)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = TestStore.OnPostgres
                ? "SELECT '\"' || table_schema || '\".\"' || table_name || '\"', column_name, data_type = 'bytea' FROM information_schema.columns " +
                  "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea')"
                : "SELECT '\"' || m.name || '\"', c.name, 0 FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1), Convert.ToBoolean(reader.GetValue(2))));
        }
        foreach (var (table, column, binary) in columns)
            foreach (var value in values)
            {
                await using var probe = connection.CreateCommand();
                probe.CommandText = (TestStore.OnPostgres, binary) switch
                {
                    (false, _) => $"SELECT COUNT(*) FROM {table} WHERE instr(CAST(\"{column}\" AS TEXT), @value) > 0",
                    (true, false) => $"SELECT COUNT(*) FROM {table} WHERE strpos(CAST(\"{column}\" AS TEXT), @value) > 0",
                    (true, true) => $"SELECT COUNT(*) FROM {table} WHERE position(convert_to(@value, 'UTF8') in \"{column}\") > 0",
                };
                var parameter = probe.CreateParameter();
                parameter.ParameterName = "@value";
                parameter.Value = value;
                probe.Parameters.Add(parameter);
                if (Convert.ToInt64(await probe.ExecuteScalarAsync()) > 0) found.Add($"{table}.{column}: {value}");
            }
        return found;
    }

    private static async Task Compact(FederationFactory factory)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
