using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Platform;

/// <summary>A user's optional e-mail address, through the admin API and the admin pages.</summary>
public sealed class UserEmailTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task An_address_is_returned_kept_by_an_update_that_sends_none_and_removed_by_an_empty_one()
    {
        var admin = await factory.Admin();
        var root = (await TestFederation.Create(factory)).Root;
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = $"e{Guid.NewGuid():N}"[..16], displayName = "邮箱用户", password = TestFederation.Password,
            organisationId = root, roles = new[] { "branch-staff" }, email = "  li.hua@federation.test ",
        })).ShouldBe(HttpStatusCode.Created);
        var id = created.GetProperty("user").Id();
        created.GetProperty("user").GetProperty("email").GetString().Should().Be("li.hua@federation.test", "stored trimmed");

        var kept = await (await admin.PutAsJsonAsync($"/api/admin/users/{id}", new
        {
            displayName = "邮箱用户", organisationId = root, roles = new[] { "branch-staff" }, version = created.GetProperty("user").GetProperty("version").GetInt32(),
        })).ShouldBe(HttpStatusCode.OK);
        kept.GetProperty("email").GetString().Should().Be("li.hua@federation.test", "a client that knows no email leaves it alone");

        var removed = await (await admin.PutAsJsonAsync($"/api/admin/users/{id}", new
        {
            displayName = "邮箱用户", organisationId = root, roles = new[] { "branch-staff" }, version = kept.GetProperty("version").GetInt32(), email = "",
        })).ShouldBe(HttpStatusCode.OK);
        removed.GetProperty("email").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("zh-CN", "电子邮箱")]
    [InlineData("en", "email")]
    public async Task A_malformed_address_is_refused_with_a_message_naming_the_field_in_the_callers_language(string language, string words)
    {
        var admin = await factory.Admin();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/users")
        {
            Content = JsonContent.Create(new
            {
                userName = $"e{Guid.NewGuid():N}"[..16], displayName = "坏邮箱", organisationId = (Guid?)null,
                roles = new[] { "branch-staff" }, email = "li.hua at federation",
            }),
        };
        request.Headers.AcceptLanguage.ParseAdd(language);

        var refused = await (await admin.SendAsync(request)).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("email")[0].GetString().Should().Contain(words);
    }

    [Fact]
    public async Task The_admin_pages_set_show_and_clear_the_address()
    {
        var admin = await PageClient.Admin(factory);
        var userName = $"p{Guid.NewGuid():N}"[..16];
        var created = await admin.Submit((await admin.Get("/admin/users/new")).Document, "[data-testid='new-user-form']",
            ("UserName", userName), ("DisplayName", "页面邮箱"), ("Email", "ye.mian@federation.test"), ("Roles", "leadership"));
        var open = created.Document.QuerySelector("[data-testid='user-created'] a")!.GetAttribute("href")!;

        var edit = await admin.Get(open);
        edit.Document.QuerySelector("input[name='Email']")!.GetAttribute("value").Should().Be("ye.mian@federation.test");

        var refused = await admin.Submit(edit.Document, "[data-testid='edit-user-form']", ("Email", "ye.mian@"));
        refused.TestId("error-Email").TextContent.Should().Contain("电子邮箱");

        var saved = await admin.Submit((await admin.Get(open)).Document, "[data-testid='edit-user-form']", ("Email", ""));
        saved.TestId("saved").Should().NotBeNull();
        saved.Document.QuerySelector("input[name='Email']")!.GetAttribute("value").Should().BeNullOrEmpty();
    }
}
