using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;
using Federation.Platform.Identity;

namespace Federation.IntegrationTests.Security;

/// <summary>
/// Issue 24: password12 and aaaaaaaaa1 passed the old rule (10 characters, letters and digits).
/// One rule now serves every place a password is set; these ask it directly and through each call site.
/// </summary>
public sealed class PasswordRuleTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Theory]
    [InlineData("password12", "PasswordCommon")]
    [InlineData("P@ssw0rd2024", "PasswordCommon")]
    [InlineData("zhangwei1985", "PasswordCommon")]
    [InlineData("woaini1314520", "PasswordCommon")]
    [InlineData("1990qiaolian!", "PasswordCommon")]
    [InlineData("1qaz2wsx3edc", "PasswordCommon")]
    [InlineData("aaaaaaaaa1", "PasswordSimple")]
    [InlineData("1111111111a", "PasswordSimple")]
    [InlineData("abcabcabc1", "PasswordSimple")]
    [InlineData("abcdefg123", "PasswordSimple")]
    [InlineData("qwertyuiop1", "PasswordSimple")]
    [InlineData("9876543210z", "PasswordSimple")]
    [InlineData("Chen.Ming-2024x", "PasswordHasUserName")]
    [InlineData("short1", "PasswordRule")]
    [InlineData("onlyletterswithoutdigits", "PasswordRule")]
    public void A_weak_password_is_refused_saying_why(string password, string reason) =>
        Passwords.Weakness(password, "chen.ming").Should().Be(Federation.Platform.Resources.PlatformText.Get(reason, CultureInfo.CurrentUICulture));

    [Theory]
    [InlineData("Staff-Passw0rd-1")]
    [InlineData("Tree-Plant-7-River")]
    [InlineData("mk4Hq9zLw2Tp")]
    [InlineData("侨联2024年招商引资Go")]
    public void A_good_password_passes(string password) => Passwords.Weakness(password, "chen.ming").Should().BeNull();

    [Fact]
    public void Generated_temporary_passwords_pass_the_rule() =>
        Enumerable.Range(0, 200).Select(_ => Passwords.Generate()).Should().AllSatisfy(p => Passwords.Weakness(p, "admin").Should().BeNull());

    [Fact]
    public void Each_reason_is_worded_in_chinese_and_english()
    {
        foreach (var reason in new[] { "PasswordCommon", "PasswordSimple", "PasswordHasUserName", "PasswordRule" })
        {
            var zh = Federation.Platform.Resources.PlatformText.Get(reason, CultureInfo.GetCultureInfo("zh-CN"));
            var en = Federation.Platform.Resources.PlatformText.Get(reason, CultureInfo.GetCultureInfo("en"));
            zh.Should().NotBe(en).And.MatchRegex("[\u4e00-\u9fff]").And.NotMatchRegex("[A-Za-z]{3,}", "the Chinese text shows no English words");
            en.Should().MatchRegex("^[\\x20-\\x7e]+$");
        }
    }

    [Theory]
    [InlineData("password12")]
    [InlineData("aaaaaaaaa1")]
    public async Task Creating_a_user_with_a_weak_password_is_400_naming_the_field(string password)
    {
        var federation = await TestFederation.Create(factory);
        var refused = await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = $"w{Guid.NewGuid():N}"[..16], displayName = "弱密码", password, organisationId = federation.Root, roles = new[] { "leadership" },
        })).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("password")[0].GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Changing_ones_password_to_one_containing_the_user_name_is_refused_in_the_api_and_on_the_page()
    {
        var federation = await TestFederation.Create(factory);
        var userName = $"lin{Guid.NewGuid():N}"[..12];
        await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "林", password = TestFederation.Password, organisationId = federation.Root, roles = new[] { "leadership" },
        })).ShouldBe(HttpStatusCode.Created);
        var user = await factory.SignedIn(userName, TestFederation.Password);

        var refused = await (await user.PostAsJsonAsync("/api/auth/password", new
        {
            currentPassword = TestFederation.Password, newPassword = userName.ToUpperInvariant() + "-2024x",
        })).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("newPassword")[0].GetString().Should().Contain("用户名");

        var pages = await PageClient.SignedIn(factory, userName, TestFederation.Password);
        var form = await pages.Get("/account/password");
        var shown = await pages.Submit(form.Document, "main form", ("CurrentPassword", TestFederation.Password), ("NewPassword", "password12"));
        shown.Document.QuerySelector("[data-valmsg-for=NewPassword]")!.TextContent.Should().Contain("常见密码");
        (await factory.SignedIn(userName, TestFederation.Password)).Should().NotBeNull("the refused change left the password as it was");
    }

    [Fact]
    public void The_first_run_refuses_a_configured_admin_password_that_breaks_the_rule()
    {
        using var weak = new FederationFactory().With("Bootstrap:AdminPassword", "admin-2024-Fed");
        var start = () => weak.CreateClient();
        start.Should().Throw<Exception>().Where(e => e.ToString().Contains("Bootstrap:AdminPassword may not be used"));
    }
}
