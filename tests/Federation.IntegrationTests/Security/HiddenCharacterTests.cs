using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Security;

/// <summary>
/// Issue 24: names with characters no reader can see — NUL and other controls, a right-to-left
/// override that turns a name around, zero-width spaces that make two equal-looking names differ —
/// are refused naming the field and the character, in the API and on the forms, and nothing is
/// stored; ordinary line breaks in a note and joiners inside emoji stay allowed.
/// </summary>
public sealed class HiddenCharacterTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Theory]
    [InlineData("侨\u0000联人才", "U+0000")]
    [InlineData("\u202e侨联人才", "U+202E")]
    [InlineData("侨\u200b联人才", "U+200B")]
    [InlineData("侨联\ufeff人才", "U+FEFF")]
    public async Task A_talents_name_with_a_hidden_character_is_refused_naming_it(string name, string code)
    {
        var admin = await factory.Admin();

        var refused = await (await admin.PostAsJsonAsync("/api/talent/talents", TalentRequests.Talent(name: name)))
            .ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("nameZh")[0].GetString().Should().Contain(code).And.Contain("看不见");
        var list = await (await admin.GetAsync("/api/talent/talents?pageSize=200")).Body();
        list.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("nameZh").GetString()).Should().NotContain(name);
    }

    [Fact]
    public async Task The_refusal_reads_in_english_for_an_english_reader()
    {
        var admin = await factory.Admin();
        var project = InvestmentRequests.Project();
        project["name"] = "Plant\u202eexe.txt";

        var refused = await (await admin.PostAsJsonAsync("/api/investment/projects?culture=en", project)).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("name")[0].GetString().Should()
            .Be("Project name contains an invisible control or formatting character (U+202E); remove it and save again.");
    }

    [Fact]
    public async Task Line_breaks_in_a_note_and_an_emoji_with_joiners_are_kept()
    {
        var admin = await factory.Admin();
        var project = await (await admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project())).ShouldBe(HttpStatusCode.Created);
        const string note = "第一行\r\n第二行\t备注 👨‍👩‍👧";

        await (await admin.PostAsJsonAsync($"/api/investment/projects/{project.Id()}/follow-ups", new { date = "2023-06-01", note }))
            .ShouldBe(HttpStatusCode.OK);

        var read = await (await admin.GetAsync($"/api/investment/projects/{project.Id()}")).Body();
        read.GetProperty("followUps")[0].GetProperty("note").GetString().Should().Be(note);
    }

    [Fact]
    public async Task A_form_with_a_hidden_character_shows_the_message_beside_the_field_and_saves_nothing()
    {
        var admin = await PageClient.Admin(factory);
        var form = await admin.Get("/investment/projects/edit");

        var shown = await admin.Submit(form.Document, "main form",
            ("Form.Name", "表单\u202e项目"), ("Form.AmountYuan", "1亿"), ("Form.AmountYuan.Unit", "1"),
            ("Form.Town", "石岐"), ("Form.Stage", "signed"), ("Form.StageDate", "2023-05-01"));

        shown.Path.Should().Be("/investment/projects/edit");
        shown.Text.Should().Contain("U+202E");
    }
}
