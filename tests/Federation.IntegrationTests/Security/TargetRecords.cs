using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Security;

/// <summary>
/// A record a matrix request addresses: its id, the organisation that owns it (for an
/// organisation, its parent; the root owns itself), the version a change must send, and for a
/// token the user it belongs to. Records whose requests name others keep them in
/// <see cref="Owner"/> and <see cref="Related"/>: a visit's or a concern's enterprise; for a
/// campaign, an enterprise not yet assigned and the leader to assign it to.
/// </summary>
internal sealed record TargetRecord(Guid Id, Guid Organisation, int Version, Guid Owner = default, Guid Related = default);

/// <summary>Creates the records the matrix addresses and checks them afterwards, always as the root admin.</summary>
internal static class TargetRecords
{
    public static Task<TargetRecord> Create(HttpClient root, Subject subject, Guid organisation) => subject switch
    {
        Subject.Event => Event(root, organisation),
        Subject.Project => Project(root, organisation),
        Subject.CreditLine => CreditLine(root, organisation),
        Subject.InvestmentOutcome => Created(root, "api/investment/outcomes", InvestmentRequests.Outcome(organisation), organisation),
        Subject.Programme => Programme(root, organisation),
        Subject.TalentEvent => Created(root, "api/talent/events", TalentRequests.Event(organisation), organisation),
        Subject.Talent => Talent(root, organisation),
        Subject.Letter => Letter(root, organisation),
        Subject.PartnerBase => Created(root, "api/talent/partner-bases", TalentRequests.PartnerBase(organisation), organisation),
        Subject.Enterprise => Created(root, "api/enterprises/enterprises", EnterpriseRequests.Enterprise(organisation), organisation),
        Subject.Campaign => Campaign(root, organisation),
        Subject.Assignment => Assignment(root, organisation),
        Subject.Visit => Visit(root, organisation),
        Subject.Concern => Concern(root, organisation),
        Subject.PolicySession => Created(root, "api/enterprises/policy-sessions", EnterpriseRequests.PolicySession(organisation), organisation),
        Subject.JointMeasure => Created(root, "api/enterprises/joint-measures", EnterpriseRequests.JointMeasure(organisation), organisation),
        Subject.Pilot => Created(root, "api/trade/pilots", TradeRequests.Pilot(organisation), organisation),
        Subject.Order => Created(root, "api/trade/orders", TradeRequests.Order(organisation), organisation),
        Subject.Tour => Created(root, "api/trade/tours", TradeRequests.Tour(organisation), organisation),
        Subject.Commendation => Created(root, "api/trade/commendations", TradeRequests.Commendation(organisation), organisation),
        Subject.TradeEnterprise => TradeEnterprise(root, organisation),
        Subject.DiscussedProject => DiscussedProject(root, organisation),
        Subject.User => User(root, organisation, "branch-staff"),
        Subject.Organisation => ChildOrganisation(root, organisation),
        Subject.Token => throw new ArgumentException("A token belongs to a user: issue it with IssueToken.", nameof(subject)),
        _ => throw new ArgumentOutOfRangeException(nameof(subject)),
    };

    public static async Task<TargetRecord> User(HttpClient root, Guid organisation, params string[] roles) =>
        (await Account(root, organisation, roles)).User;

    /// <summary>A new user who signs in with <see cref="TestFederation.Password"/>.</summary>
    public static async Task<(TargetRecord User, string UserName)> Account(HttpClient root, Guid organisation, params string[] roles)
    {
        var userName = Unique("m");
        var created = await (await root.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "矩阵用户", password = TestFederation.Password, organisationId = organisation, roles,
        })).ShouldBe(HttpStatusCode.Created);
        var user = created.GetProperty("user");
        return (new TargetRecord(user.Id(), organisation, user.GetProperty("version").GetInt32()), userName);
    }

    /// <summary>Issues a token to a new user of <paramref name="organisation"/>.</summary>
    public static async Task<(TargetRecord Token, string Secret, string UserName)> IssueToken(
        HttpClient root, Guid organisation, params string[] roles)
    {
        var (user, userName) = await Account(root, organisation, roles);
        var (token, secret) = await Issue(root, user);
        return (token, secret, userName);
    }

    /// <summary>Issues one more token to an existing user.</summary>
    public static async Task<TargetRecord> IssueToken(HttpClient root, TargetRecord user) => (await Issue(root, user)).Token;

    private static async Task<(TargetRecord Token, string Secret)> Issue(HttpClient root, TargetRecord user)
    {
        var issued = await (await root.PostAsJsonAsync("/api/admin/tokens", new { userId = user.Id, name = "矩阵令牌" }))
            .ShouldBe(HttpStatusCode.Created);
        return (new TargetRecord(issued.GetProperty("token").Id(), user.Organisation, 1, user.Id), issued.GetProperty("secret").GetString()!);
    }

    /// <summary>Fails unless the record still exists as it was created: a refused change must leave no trace.</summary>
    public static async Task ShouldBeUntouched(HttpClient root, Subject subject, TargetRecord record)
    {
        switch (subject)
        {
            case Subject.Organisation:
                var organisations = await (await root.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
                organisations.EnumerateArray().Single(o => o.Id() == record.Id)
                    .GetProperty("version").GetInt32().Should().Be(record.Version, "a refused change leaves the organisation as it was");
                break;
            case Subject.Token:
                var tokens = await (await root.GetAsync($"/api/admin/tokens?userId={record.Owner}")).ShouldBe(HttpStatusCode.OK);
                tokens.EnumerateArray().Single(t => t.Id() == record.Id)
                    .GetProperty("revokedAtUtc").ValueKind.Should().Be(JsonValueKind.Null, "a refused revocation leaves the token active");
                break;
            case Subject.DiscussedProject:
                var discussion = await (await root.GetAsync($"/api/records/Investment/Project/{record.Id}")).ShouldBe(HttpStatusCode.OK);
                (discussion.GetProperty("comments").GetArrayLength() + discussion.GetProperty("attachments").GetArrayLength())
                    .Should().Be(0, "a refused comment or file leaves the discussion as it was");
                break;
            default:
                var found = await (await root.GetAsync($"/{PathOf(subject)}/{record.Id}")).ShouldBe(HttpStatusCode.OK);
                found.GetProperty("version").GetInt32().Should().Be(record.Version, "a refused change leaves the record as it was");
                break;
        }
    }

    /// <summary>A name no other test uses: user and organisation names are unique across the shared database.</summary>
    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];

    private static string PathOf(Subject subject) => subject switch
    {
        Subject.Event => "api/investment/events",
        Subject.Project => "api/investment/projects",
        Subject.CreditLine => "api/investment/credit-lines",
        Subject.InvestmentOutcome => "api/investment/outcomes",
        Subject.Programme => "api/scorecard/programmes",
        Subject.TalentEvent => "api/talent/events",
        Subject.Talent => "api/talent/talents",
        Subject.Letter => "api/talent/letters",
        Subject.PartnerBase => "api/talent/partner-bases",
        Subject.User => "api/admin/users",
        Subject.Enterprise => "api/enterprises/enterprises",
        Subject.Campaign or Subject.Assignment => "api/enterprises/campaigns",
        Subject.Visit => "api/enterprises/visits",
        Subject.Concern => "api/enterprises/concerns",
        Subject.PolicySession => "api/enterprises/policy-sessions",
        Subject.JointMeasure => "api/enterprises/joint-measures",
        Subject.Pilot => "api/trade/pilots",
        Subject.Order => "api/trade/orders",
        Subject.Tour => "api/trade/tours",
        Subject.Commendation => "api/trade/commendations",
        _ => throw new ArgumentOutOfRangeException(nameof(subject)),
    };

    private static async Task<TargetRecord> Event(HttpClient root, Guid organisation)
    {
        var held = await (await root.PostAsJsonAsync("/api/investment/events", InvestmentRequests.Event(organisation)))
            .ShouldBe(HttpStatusCode.Created);
        return new TargetRecord(held.Id(), organisation, held.GetProperty("version").GetInt32());
    }

    // Signed and then broken ground: a project with two stages can also be reverted.
    private static async Task<TargetRecord> Project(HttpClient root, Guid organisation)
    {
        var entered = await (await root.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project(organisation)))
            .ShouldBe(HttpStatusCode.Created);
        var broke = await (await root.PostAsJsonAsync($"/api/investment/projects/{entered.Id()}/stage",
            new { stage = "groundbreaking", date = "2023-06-01", version = entered.GetProperty("version").GetInt32() })).ShouldBe(HttpStatusCode.OK);
        return new TargetRecord(broke.Id(), organisation, broke.GetProperty("version").GetInt32());
    }

    private static async Task<TargetRecord> CreditLine(HttpClient root, Guid organisation)
    {
        var granted = await (await root.PostAsJsonAsync("/api/investment/credit-lines", InvestmentRequests.CreditLine(organisation)))
            .ShouldBe(HttpStatusCode.Created);
        return new TargetRecord(granted.Id(), organisation, granted.GetProperty("version").GetInt32());
    }

    private static async Task<TargetRecord> Programme(HttpClient root, Guid organisation)
    {
        // The matrix's own department rows fill the list, after which a programme's department must be
        // on it; the city's department is offered to every branch. Already there is as good (409).
        var department = await root.PostAsJsonAsync("/api/admin/departments", new { name = "经济科技部", kind = "own" });
        department.StatusCode.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.Conflict);
        var created = await (await root.PostAsJsonAsync("/api/scorecard/programmes", ScorecardRequests.Programme(organisation)))
            .ShouldBe(HttpStatusCode.Created);
        return new TargetRecord(created.Id(), organisation, created.GetProperty("version").GetInt32());
    }

    private static async Task<TargetRecord> Created(HttpClient root, string path, object body, Guid organisation)
    {
        var created = await (await root.PostAsJsonAsync($"/{path}", body)).ShouldBe(HttpStatusCode.Created);
        return new TargetRecord(created.Id(), organisation, created.GetProperty("version").GetInt32());
    }

    /// <summary>A talent with a duplicate of the same organisation beside it (as <see cref="TargetRecord.Owner"/>), to merge.</summary>
    private static async Task<TargetRecord> Talent(HttpClient root, Guid organisation)
    {
        var talent = await Created(root, "api/talent/talents", TalentRequests.Talent(organisation, Unique("人才")), organisation);
        var duplicate = await Created(root, "api/talent/talents", TalentRequests.Talent(organisation, Unique("重复")), organisation);
        return talent with { Owner = duplicate.Id };
    }

    private static async Task<TargetRecord> Letter(HttpClient root, Guid organisation)
    {
        var signer = await Created(root, "api/talent/talents", TalentRequests.Talent(organisation, Unique("签约")), organisation);
        return await Created(root, $"api/talent/talents/{signer.Id}/letter", TalentRequests.Letter(), organisation);
    }

    /// <summary>A campaign with nothing assigned yet, an enterprise of its organisation to assign and a leader to assign it to.</summary>
    private static async Task<TargetRecord> Campaign(HttpClient root, Guid organisation)
    {
        var enterprise = await Created(root, "api/enterprises/enterprises", EnterpriseRequests.Enterprise(organisation), organisation);
        var leader = await User(root, organisation, "leadership");
        var campaign = await Created(root, "api/enterprises/campaigns", EnterpriseRequests.Campaign(organisation), organisation);
        return campaign with { Owner = enterprise.Id, Related = leader.Id };
    }

    /// <summary>A campaign with one enterprise assigned; the record is the campaign, its owner the assignment.</summary>
    private static async Task<TargetRecord> Assignment(HttpClient root, Guid organisation)
    {
        var campaign = await Campaign(root, organisation);
        var assigned = await (await root.PostAsJsonAsync($"/api/enterprises/campaigns/{campaign.Id}/assignments",
            new { enterpriseId = campaign.Owner, leaderUserId = campaign.Related, version = campaign.Version })).ShouldBe(HttpStatusCode.OK);
        return new TargetRecord(campaign.Id, organisation, assigned.GetProperty("version").GetInt32(), assigned.GetProperty("assignments")[0].Id());
    }

    private static async Task<TargetRecord> Visit(HttpClient root, Guid organisation)
    {
        var enterprise = await Created(root, "api/enterprises/enterprises", EnterpriseRequests.Enterprise(organisation), organisation);
        var visit = await Created(root, "api/enterprises/visits", EnterpriseRequests.Visit(enterprise.Id, organisationId: organisation), organisation);
        return visit with { Owner = enterprise.Id };
    }

    /// <summary>An open expansion concern of an enterprise, raised on 2023-02-01: it can be referred and passed on as a lead.</summary>
    private static async Task<TargetRecord> Concern(HttpClient root, Guid organisation)
    {
        var enterprise = await Created(root, "api/enterprises/enterprises", EnterpriseRequests.Enterprise(organisation), organisation);
        var concern = await Created(root, "api/enterprises/concerns",
            EnterpriseRequests.Concern(enterprise.Id, "2023-02-01", "expansion", organisationId: organisation), organisation);
        return concern with { Owner = enterprise.Id };
    }

    /// <summary>
    /// An enterprise registered in Enterprise services, returned once Trade's copy of the registry (fed by events)
    /// offers it to the root, so that a list that should show it does not race the event.
    /// </summary>
    private static async Task<TargetRecord> TradeEnterprise(HttpClient root, Guid organisation)
    {
        var enterprise = await Created(root, "api/enterprises/enterprises", EnterpriseRequests.Enterprise(organisation), organisation);
        var copied = await Eventually.Within(TimeSpan.FromSeconds(20),
            async () => (await (await root.GetAsync("/api/trade/enterprises")).ShouldBe(HttpStatusCode.OK)).EnumerateArray().Any(e => e.Id() == enterprise.Id),
            found => found);
        copied.Should().BeTrue("the registration should reach Trade's copy of the registry");
        return enterprise;
    }

    /// <summary>A project, returned once the platform's search projection knows it, so that its discussion opens.</summary>
    private static async Task<TargetRecord> DiscussedProject(HttpClient root, Guid organisation)
    {
        var project = await Project(root, organisation);
        var status = await Eventually.Within(TimeSpan.FromSeconds(20),
            async () => (await root.GetAsync($"/api/records/Investment/Project/{project.Id}")).StatusCode, s => s == HttpStatusCode.OK);
        status.Should().Be(HttpStatusCode.OK, "the project should reach the search projection");
        return project;
    }

    private static async Task<TargetRecord> ChildOrganisation(HttpClient root, Guid parent)
    {
        var created = await (await root.PostAsJsonAsync("/api/admin/organisations",
            new { name = Unique("矩阵协会"), kind = "affiliatedAssociation", parentId = parent })).ShouldBe(HttpStatusCode.Created);
        return new TargetRecord(created.Id(), parent, created.GetProperty("version").GetInt32());
    }

    private static async Task<TargetRecord> Token(HttpClient root, Guid organisation) =>
        (await IssueToken(root, organisation, "integrator")).Token;
}
