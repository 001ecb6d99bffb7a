using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Workspace;

/// <summary>
/// Any searchable record can be discussed under its page: comments that @mention colleagues (who
/// hear of it on their home page), and files kept with the record within size and type limits,
/// open only to those who may open the record.
/// </summary>
public sealed class DiscussionTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_comment_mentioning_a_leader_reaches_the_leaders_home_and_is_shown_under_the_record_but_never_to_another_branch()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var (clerk, _) = await User(federation, federation.Root, "陈明", "investment-staff");
        var (leader, leaderName) = await User(federation, federation.Root, "黄文静", "leadership");
        var (branchUser, _) = await User(federation, federation.BranchA, "石岐干事", "branch-staff");
        var project = await Project(federation, federation.Root, "讨论测试项目");
        var record = $"/api/records/Investment/Project/{project}";
        await Searchable(clerk, record);

        var said = await (await clerk.PostAsJsonAsync($"{record}/comments", new { body = "@黄文静请审阅签约条款，@石岐干事 也看看" })).ShouldBe(HttpStatusCode.Created);
        said.GetProperty("authorName").GetString().Should().Be("陈明");
        said.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("displayName").GetString()).Should()
            .Equal(["黄文静"], "the branch's officer may not open the city's project, so a mention does not show it to them");

        var home = await (await leader.GetAsync("/api/home")).ShouldBe(HttpStatusCode.OK);
        var notice = home.GetProperty("notices").EnumerateArray().Should().ContainSingle().Subject;
        notice.GetProperty("kind").GetString().Should().Be("mention");
        notice.GetProperty("title").GetString().Should().Be("陈明 在“讨论测试项目”的讨论中提到了您：@黄文静请审阅签约条款，@石岐干事 也看看");
        notice.GetProperty("link").GetString().Should().Be($"/investment/projects/{project}#comment-{said.Id():N}");
        (await (await branchUser.GetAsync("/api/home")).ShouldBe(HttpStatusCode.OK)).GetProperty("notices").GetArrayLength().Should().Be(0);

        (await branchUser.GetAsync(record)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a record the user may not open is not there for them");
        (await branchUser.PostAsJsonAsync($"{record}/comments", new { body = "越权评论" })).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var page = await (await PageClient.SignedIn(factory, leaderName, TestFederation.Password)).Get($"/investment/projects/{project}");
        page.TestId("discussion").GetAttribute("data-record-type").Should().Be("Project");
        page.TestId("comment-body").TextContent.Should().Be("@黄文静请审阅签约条款，@石岐干事 也看看");
        page.Document.QuerySelector($"#comment-{said.Id():N}").Should().NotBeNull("the notice links to the comment's anchor");
        page.All("comment").Single().TextContent.Should().NotContain("删除", "only the author or an admin deletes a comment");
        (await (await PageClient.Admin(factory)).Get("/scorecard")).Document.QuerySelector("[data-testid='discussion']")
            .Should().BeNull("a page that is not a record's own has no discussion");
    }

    [Fact]
    public async Task A_comment_posted_on_the_page_is_kept_and_a_refused_one_says_why_on_the_page()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var (clerk, clerkName) = await User(federation, federation.Root, "页面干事", "investment-staff");
        var project = await Project(federation, federation.Root, "页面讨论项目");
        await Searchable(clerk, $"/api/records/Investment/Project/{project}");

        var browser = await PageClient.SignedIn(factory, clerkName, TestFederation.Password);
        var page = await browser.Get($"/investment/projects/{project}");
        page.TestId("discussion-empty").TextContent.Should().Contain("还没有评论或附件");
        var after = await browser.Submit(page.Document, "[data-testid='comment-form']", ("body", "已电话联系投资方，下周踏勘"));
        after.Path.Should().Be($"/investment/projects/{project}");
        after.TestId("comment-body").TextContent.Should().Be("已电话联系投资方，下周踏勘");

        var refused = await browser.Submit(after.Document, "[data-testid='comment-form']", ("body", new string('长', 4_001)));
        refused.TestId("discussion-error").TextContent.Should().Contain("4000");
        refused.All("comment").Should().HaveCount(1, "a refused comment writes nothing");
    }

    [Fact]
    public async Task A_file_is_kept_with_the_record_served_as_a_download_and_one_that_is_too_large_or_not_what_it_claims_is_refused_leaving_nothing()
    {
        using var factory = new FederationFactory().With("Attachments:MaxFileBytes", "1024");
        var federation = await TestFederation.Create(factory);
        var (clerk, _) = await User(federation, federation.Root, "附件干事", "investment-staff");
        var (colleague, _) = await User(federation, federation.Root, "另一干事", "investment-staff");
        var (otherBranch, _) = await User(federation, federation.BranchB, "外镇干事", "branch-staff");
        var project = await Project(federation, federation.Root, "附件测试项目");
        var record = $"/api/records/Investment/Project/{project}";
        await Searchable(clerk, record);

        var kept = await (await Upload(clerk, record, "签约协议.pdf", Pdf)).ShouldBe(HttpStatusCode.Created);
        kept.GetProperty("contentType").GetString().Should().Be("application/pdf");
        kept.GetProperty("sizeBytes").GetInt64().Should().Be(Pdf.Length);
        var download = kept.GetProperty("download").GetString()!;

        var served = await colleague.GetAsync(download);
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        (await served.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);
        served.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        served.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        served.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        (await otherBranch.GetAsync(download)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var folder = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "attachments");
        var program = Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0 this is a program renamed as a document");
        var wrongKind = await (await Upload(clerk, record, "合同.pdf", program)).ShouldBe(HttpStatusCode.UnsupportedMediaType);
        wrongKind.GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue();
        var tooLarge = await (await Upload(clerk, record, "大文件.pdf", [.. Pdf, .. new byte[2048]])).ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        tooLarge.GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue();
        (await Upload(clerk, record, "", Pdf)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Upload(clerk, $"/api/records/Investment/Project/{Guid.NewGuid()}", "a.pdf", Pdf)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        Directory.GetFiles(folder).Should().ContainSingle("refused files leave nothing on disk");
        (await (await clerk.GetAsync(record)).ShouldBe(HttpStatusCode.OK)).GetProperty("attachments").GetArrayLength().Should().Be(1);

        (await colleague.DeleteAsync(download)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the uploader or an admin deletes a file");
        (await clerk.DeleteAsync(download)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        Directory.GetFiles(folder).Should().BeEmpty();
        (await clerk.GetAsync(download)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_empty_or_oversized_comment_is_refused_naming_the_body_and_a_comment_is_taken_back_only_by_its_author_or_an_admin()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var (clerk, _) = await User(federation, federation.Root, "评论干事", "investment-staff");
        var (colleague, _) = await User(federation, federation.Root, "同事", "investment-staff");
        var project = await Project(federation, federation.Root, "评论规则项目");
        var record = $"/api/records/Investment/Project/{project}";
        await Searchable(clerk, record);

        foreach (var body in new[] { "", "   ", new string('字', 4_001) })
        {
            var refused = await (await clerk.PostAsJsonAsync($"{record}/comments", new { body })).ShouldBe(HttpStatusCode.BadRequest);
            refused.GetProperty("errors").TryGetProperty("body", out _).Should().BeTrue();
        }
        (await (await clerk.GetAsync(record)).ShouldBe(HttpStatusCode.OK)).GetProperty("comments").GetArrayLength().Should().Be(0);

        var said = await (await clerk.PostAsJsonAsync($"{record}/comments", new { body = "第一条" })).ShouldBe(HttpStatusCode.Created);
        (await colleague.DeleteAsync($"/api/records/comments/{said.Id()}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await federation.Admin.DeleteAsync($"/api/records/comments/{said.Id()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await (await clerk.GetAsync(record)).ShouldBe(HttpStatusCode.OK)).GetProperty("comments").GetArrayLength().Should().Be(0);
    }

    internal static async Task<(HttpClient Client, string UserName)> User(TestFederation federation, Guid organisation, string displayName, params string[] roles)
    {
        var userName = $"d{Guid.NewGuid():N}"[..20];
        await (await federation.Admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName, password = TestFederation.Password, organisationId = organisation, roles })).ShouldBe(HttpStatusCode.Created);
        return (await federation.Factory.SignedIn(userName, TestFederation.Password), userName);
    }

    private static async Task<Guid> Project(TestFederation federation, Guid organisation, string name)
    {
        var project = InvestmentRequests.Project(organisation);
        project["name"] = name;
        return (await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", project)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    /// <summary>Waits until the platform has heard of the record from its module's events.</summary>
    internal static Task<HttpStatusCode> Searchable(HttpClient client, string record) =>
        Eventually.Within(TimeSpan.FromSeconds(30), async () => (await client.GetAsync(record)).StatusCode, s => s == HttpStatusCode.OK);

    private static Task<HttpResponseMessage> Upload(HttpClient client, string record, string fileName, byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync($"{record}/attachments?fileName={Uri.EscapeDataString(fileName)}", body);
    }
}
