using System.Net;
using System.Net.Http.Json;
using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Notifications;
using Federation.Platform.Data;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Notifications;

/// <summary>
/// Reminders go out by e-mail through a real SMTP conversation with a listener on 127.0.0.1:
/// only when a server is configured, only to users with an address, once per notice, and a
/// notice the server refused is tried again.
/// </summary>
public sealed class ReminderMailTests
{
    private const string Title = "项目“邮件提醒项目”应于 2030-03-10 跟进。";
    private const string ChenAddress = "chen.ming@federation.test";
    private const string BaseUrl = "http://localhost:5080/";

    [Fact]
    public async Task Mail_is_off_by_default_so_a_notice_is_neither_sent_nor_marked_even_with_everything_but_the_host_configured()
    {
        await using var smtp = new TestSmtpServer();
        using var factory = new FederationFactory().WithClock(DayAfterTheDueDate())
            .With("Notifications:Smtp:Port", smtp.Port.ToString())
            .With("Notifications:Smtp:From", "reminders@federation.test");
        var world = await OverdueProject(factory);

        (await Mail(factory)).Should().Be(0);

        smtp.Received.Should().BeEmpty();
        (await EmailedAt(factory, world.Chen)).Should().ContainSingle().Which.Should().BeNull("nothing was sent, so nothing is marked");
    }

    [Fact]
    public async Task The_responsible_with_an_address_gets_one_mail_with_the_chinese_title_the_leader_without_one_gets_none_and_a_second_round_sends_nothing()
    {
        await using var smtp = new TestSmtpServer();
        using var factory = Configured(new FederationFactory().WithClock(DayAfterTheDueDate()), smtp);
        var world = await OverdueProject(factory);

        await Mail(factory);

        var mail = smtp.Received.Should().ContainSingle().Subject;
        mail.To.Should().Equal(ChenAddress);
        mail.From.Should().Be("reminders@federation.test");
        var message = mail.Message;
        message.Subject.Should().Contain(Title).And.Contain("已逾期");
        message.From.Mailboxes.Single().Name.Should().Be("侨联双招双引工作平台");
        var body = message.TextBody;
        body.Should().Contain(Title).And.Contain($"{BaseUrl}investment/projects/{world.Project}");
        body.IndexOf("Overdue: Project “邮件提醒项目” is due for follow-up on 2030-03-10.", StringComparison.Ordinal)
            .Should().BeGreaterThan(body.IndexOf(Title, StringComparison.Ordinal), "the English follows the Chinese");
        (await EmailedAt(factory, world.Chen)).Should().ContainSingle().Which.Should().NotBeNull();
        (await EmailedAt(factory, world.Leader)).Should().ContainSingle("the leader is told in the platform")
            .Which.Should().BeNull("but has no address to mail");

        (await Mail(factory)).Should().Be(0, "the notice is marked as e-mailed");
        smtp.Received.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_notice_the_server_refuses_stays_unmarked_and_the_next_round_sends_it()
    {
        await using var smtp = new TestSmtpServer { RefuseRecipients = true };
        using var factory = Configured(new FederationFactory().WithClock(DayAfterTheDueDate()), smtp);
        var world = await OverdueProject(factory);

        (await Mail(factory)).Should().Be(0);
        smtp.Refusals.Should().BeGreaterThan(0, "the mail was tried");
        smtp.Received.Should().BeEmpty();
        (await EmailedAt(factory, world.Chen)).Should().ContainSingle().Which.Should().BeNull();

        smtp.RefuseRecipients = false;
        (await Mail(factory)).Should().Be(1);
        smtp.Received.Should().ContainSingle().Which.To.Should().Equal(ChenAddress);
        (await EmailedAt(factory, world.Chen)).Should().ContainSingle().Which.Should().NotBeNull();
    }

    [Fact]
    public async Task An_address_added_days_after_the_notice_does_not_bring_the_old_notice_by_mail()
    {
        await using var smtp = new TestSmtpServer();
        var clock = DayAfterTheDueDate();
        using var factory = Configured(new FederationFactory().WithClock(clock), smtp);
        var world = await OverdueProject(factory, chenAddress: null);
        await Mail(factory);

        clock.Set(new DateTime(2030, 3, 14, 9, 0, 0));
        var admin = await factory.Admin(); // the earlier session has expired by the moved clock
        var chen = await (await admin.GetAsync($"/api/admin/users/{world.Chen}")).ShouldBe(HttpStatusCode.OK);
        await (await admin.PutAsJsonAsync($"/api/admin/users/{world.Chen}", new
        {
            displayName = "陈明", organisationId = chen.GetProperty("organisationId").GetGuid(),
            roles = new[] { "investment-staff" }, version = chen.GetProperty("version").GetInt32(), email = ChenAddress,
        })).ShouldBe(HttpStatusCode.OK);

        (await Mail(factory)).Should().Be(0, "the notice is three days old");
        smtp.Received.Should().BeEmpty();
        (await EmailedAt(factory, world.Chen)).Should().ContainSingle().Which.Should().BeNull();
    }

    private sealed record World(Guid Chen, Guid Leader, Guid Project);

    private static MovableClock DayAfterTheDueDate() => MovableClock.AtChinaTime(new DateTime(2030, 3, 11, 9, 0, 0));

    private static FederationFactory Configured(FederationFactory factory, TestSmtpServer smtp) => factory
        .With("Notifications:Smtp:Host", "127.0.0.1")
        .With("Notifications:Smtp:Port", smtp.Port.ToString())
        .With("Notifications:Smtp:From", "reminders@federation.test")
        .With("Notifications:BaseUrl", BaseUrl);

    /// <summary>A project whose follow-up was due yesterday, swept: 陈明 is told it is overdue, the leader without an address is told too.</summary>
    private static async Task<World> OverdueProject(FederationFactory factory, string? chenAddress = ChenAddress)
    {
        var federation = await TestFederation.Create(factory);
        var chen = await User(federation, "陈明", chenAddress, "investment-staff");
        var leader = await User(federation, "黄文静", null, "leadership");
        var project = InvestmentRequests.Project(federation.Root);
        project["name"] = "邮件提醒项目";
        project["responsibleStaff"] = "陈明";
        var created = await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", project)).ShouldBe(HttpStatusCode.Created);
        await (await federation.Admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/follow-ups",
            new { date = "2030-03-01", note = "电话沟通", nextStep = "陪同踏勘地块", nextStepDue = "2030-03-10" })).ShouldBe(HttpStatusCode.OK);
        // The job's own start-up round may already have swept; either way both notices now exist.
        await factory.Services.GetRequiredService<ReminderSweep>().Run(CancellationToken.None);
        return new World(chen, leader, created.Id());
    }

    private static async Task<Guid> User(TestFederation federation, string displayName, string? email, params string[] roles)
    {
        var userName = $"m{Guid.NewGuid():N}"[..20];
        var created = await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName, password = TestFederation.Password, organisationId = federation.Root, roles, email,
        })).ShouldBe(HttpStatusCode.Created);
        created.GetProperty("user").GetProperty("email").GetString().Should().Be(email);
        return created.GetProperty("user").Id();
    }

    private static Task<int> Mail(FederationFactory factory) =>
        factory.Services.GetRequiredService<ReminderMail>().Send(CancellationToken.None);

    private static async Task<List<DateTime?>> EmailedAt(FederationFactory factory, Guid user)
    {
        await using var scope = factory.Services.GetRequiredService<ILifetimeScope>().BeginSystemScope();
        return await scope.Resolve<PlatformDbContext>().Notifications.AsNoTracking()
            .Where(n => n.UserId == user).Select(n => n.EmailedAtUtc).ToListAsync();
    }
}
