using System.Net;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Federation.IntegrationTests.Security;

/// <summary>A caller's client, and the user name it can sign in with (an anonymous caller borrows one).</summary>
internal sealed record Session(HttpClient Client, string UserName);

/// <summary>
/// One host for the whole matrix: the federation with branches A and B, one signed-in caller
/// per role in branch A, and one record of every kind in branch A, branch B and the root.
/// Those shared records are only read or refused; a request the matrix allows to change
/// something gets a fresh record of its own.
/// </summary>
public sealed class PermissionMatrixFixture : IAsyncLifetime
{
    private readonly Dictionary<Caller, Session> sessions = [];
    private readonly Dictionary<(Subject, Target), TargetRecord> shared = [];
    private TestFederation? federation;

    public FederationFactory Factory { get; } = new();

    internal HttpClient RootAdmin => Federation.Admin;

    private TestFederation Federation => federation ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        federation = await TestFederation.Create(Factory);
        // The matrix adds a town (POST api/admin/places/towns), after which records must name known towns.
        await federation.LoadZhongshanTowns();
        foreach (var caller in Enum.GetValues<Caller>()) sessions[caller] = await NewAccount(caller);
        // In the order of Subject: a branch's token is issued to that branch's user, created before it.
        foreach (var subject in Enum.GetValues<Subject>())
        foreach (var target in new[] { Target.OwnBranch, Target.OtherBranch, Target.Root })
            shared[(subject, target)] = await SharedRecord(subject, target);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    internal Session SharedSession(Caller caller) => sessions[caller];

    internal TargetRecord Shared(Subject subject, Target target) => shared[(subject, target)];

    internal Task<TargetRecord> Fresh(Subject subject, Target target) => subject == Subject.Token
        ? TargetRecords.IssueToken(RootAdmin, Shared(Subject.User, target))
        : TargetRecords.Create(RootAdmin, subject, OrganisationOf(target));

    /// <summary>
    /// A caller of branch A with an account of its own, for a request that changes the password
    /// and so ends every session of the user.
    /// </summary>
    internal async Task<Session> NewAccount(Caller caller)
    {
        if (caller == Caller.Integrator)
        {
            var (_, secret, integrator) = await TargetRecords.IssueToken(RootAdmin, Federation.BranchA, "integrator");
            return new Session(Factory.WithToken(secret), integrator);
        }
        var (_, userName) = await TargetRecords.Account(RootAdmin, Federation.BranchA, RoleOf(caller));
        return caller == Caller.Anonymous
            ? new Session(AnonymousClient(), userName)
            : new Session(await Factory.SignedIn(userName, TestFederation.Password), userName);
    }

    /// <summary>
    /// The shared caller signed in once more in a client of its own, for a request that ends the
    /// client's session. A token or an anonymous client holds no session to end.
    /// </summary>
    internal async Task<Session> SecondSession(Caller caller)
    {
        var first = sessions[caller];
        return caller is Caller.Integrator or Caller.Anonymous
            ? first
            : first with { Client = await Factory.SignedIn(first.UserName, TestFederation.Password) };
    }

    private HttpClient AnonymousClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    private Guid OrganisationOf(Target target) => target switch
    {
        Target.OwnBranch => Federation.BranchA,
        Target.OtherBranch => Federation.BranchB,
        Target.Root => Federation.Root,
        _ => throw new ArgumentOutOfRangeException(nameof(target), "An unscoped request addresses no organisation."),
    };

    // An anonymous caller's account only lends its name to the sign-in request.
    private static string RoleOf(Caller caller) => caller switch
    {
        Caller.Admin => "admin",
        Caller.Leadership => "leadership",
        Caller.InvestmentStaff => "investment-staff",
        Caller.BranchStaff or Caller.Anonymous => "branch-staff",
        Caller.Integrator => "integrator",
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    // Branch A's own organisation record is a child of A: a branch admin may not move A itself,
    // so only its subtree is its to change. B and the root are addressed as themselves.
    private async Task<TargetRecord> SharedRecord(Subject subject, Target target)
    {
        if (subject == Subject.Token) return await Fresh(subject, target);
        if (subject != Subject.Organisation || target == Target.OwnBranch)
            return await TargetRecords.Create(RootAdmin, subject, OrganisationOf(target));
        var organisations = await (await RootAdmin.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
        var node = organisations.EnumerateArray().Single(o => o.Id() == OrganisationOf(target));
        var parentId = node.GetProperty("parentId");
        var owner = parentId.ValueKind == JsonValueKind.Null ? node.Id() : parentId.GetGuid();
        return new TargetRecord(node.Id(), owner, node.GetProperty("version").GetInt32());
    }
}
