using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Federation.Platform.Places;
using Federation.Platform.Departments;
using Federation.Platform.Data;
using Federation.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Bootstrap;

/// <summary>
/// Fills an empty database with Zhongshan's organisation tree, its towns and each enabled module's
/// share of the 2023 figures, so a first-time user sees a working federation rather than blank pages.
/// </summary>
internal sealed class DemoData(ILifetimeScope scope, OrganisationTree tree, ILogger<DemoData> logger)
{
    private static readonly (string Name, string NameEn, OrganisationKind Kind, string? Town)[] Organisations =
    [
        ("石岐街道侨联", "Shiqi Sub-district Federation", OrganisationKind.BranchFederation, "石岐"),
        ("东区街道侨联", "East District Federation", OrganisationKind.BranchFederation, "东区"),
        ("黄圃镇侨联", "Huangpu Town Federation", OrganisationKind.BranchFederation, "黄圃"),
        ("小榄镇侨联", "Xiaolan Town Federation", OrganisationKind.BranchFederation, "小榄"),
        ("中山市侨青联", "Zhongshan Overseas Chinese Youth Federation", OrganisationKind.AffiliatedAssociation, null),
        ("中山市海创会", "Zhongshan Returnee Entrepreneurs Association", OrganisationKind.AffiliatedAssociation, null),
    ];

    /// <summary>
    /// The leadership members the demo's service campaign assigns enterprises to. Invented people;
    /// their passwords are random and unknown, so an administrator resets one to sign in as a leader.
    /// </summary>
    private static readonly (string UserName, string DisplayName)[] Leaders =
        [("lin.zhiyuan", "林志远"), ("huang.wenjing", "黄文静"), ("zheng.guohua", "郑国华"), ("wu.jiaxin", "吴嘉欣")];

    private const string EnterpriseStaff = "enterprises" + Roles.StaffSuffix;

    public async Task Load(CancellationToken ct)
    {
        var organisations = await CreateOrganisations(ct);
        await CreateLeaders(organisations.CityFederation, ct);
        await CreateTowns(ct);
        await CreateDepartments(organisations.CityFederation, ct);
        await using var inner = scope.BeginSystemScope();
        foreach (var source in inner.Resolve<IEnumerable<IDemoData>>())
        {
            await source.Load(organisations, ct);
            logger.LogInformation("Demo data loaded from {Source}", source.GetType().Name);
        }
    }

    private async Task CreateLeaders(Guid cityFederation, CancellationToken ct)
    {
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        // Leaders record their own visits and the concerns they hear: they also hold the enterprise services staff role.
        var roles = inner.Resolve<Roles>();
        string[] leaderRoles = roles.Exists(EnterpriseStaff) ? [Roles.Leadership, EnterpriseStaff] : [Roles.Leadership];
        foreach (var (userName, displayName) in Leaders)
        {
            if (await db.Users.AnyAsync(u => u.UserName == userName, ct)) continue;
            db.Users.Add(new User
            {
                UserName = userName, DisplayName = displayName, PasswordHash = Passwords.Hash(Passwords.Generate()),
                OrganisationId = cityFederation, Roles = [.. leaderRoles],
            });
        }
        await db.SaveChangesAsync(ct);
    }

    // Before the modules' records, which name these towns.
    private async Task CreateTowns(CancellationToken ct)
    {
        await using var inner = scope.BeginSystemScope();
        await ZhongshanTowns.Load(inner.Resolve<PlaceAdministration>(), ct);
    }

    // Before the modules' records too: their concerns, sessions and programmes name these departments.
    private async Task CreateDepartments(Guid cityFederation, CancellationToken ct)
    {
        await using var inner = scope.BeginSystemScope();
        await DemoDepartments.Load(inner.Resolve<DepartmentAdministration>(), cityFederation, ct);
    }

    private async Task<DemoOrganisations> CreateOrganisations(CancellationToken ct)
    {
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        var root = await db.Organisations.SingleAsync(o => o.ParentId == null, ct);
        var byName = new Dictionary<string, Guid>();
        foreach (var (name, nameEn, kind, town) in Organisations)
        {
            var organisation = new Organisation { Name = name, NameEn = nameEn, Kind = kind, Town = town, ParentId = root.Id };
            db.Organisations.Add(organisation);
            byName[name] = organisation.Id;
        }
        await db.SaveChangesAsync(ct);
        await tree.Reload(ct);
        return new DemoOrganisations(root.Id, byName);
    }
}
