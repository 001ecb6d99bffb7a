using Federation.IntegrationTests.Infrastructure;
using static Federation.IntegrationTests.Validation.BadBodies;

namespace Federation.IntegrationTests.Validation;

/// <summary>Bad bodies for the admin API and for signing in and changing one's password.</summary>
internal static class AdminBadInputs
{
    private const string NoSuchRecord = "0190a6f4-0000-7000-8000-000000000001";

    private static readonly (string, string, Area) CreateUser = ("POST", "api/admin/users", Area.Users);
    private static readonly (string, string, Area) UpdateUser = ("PUT", "api/admin/users/{user}", Area.Users);
    private static readonly (string, string, Area) CreateOrganisation = ("POST", "api/admin/organisations", Area.Organisations);
    private static readonly (string, string, Area) UpdateOrganisation = ("PUT", "api/admin/organisations/{organisation}", Area.Organisations);
    private static readonly (string, string, Area) CreateTown = ("POST", "api/admin/places/towns", Area.Places);
    // The body is judged before the town is looked for, so a town of nothing serves.
    private static readonly (string, string, Area) AddArea = ("POST", $"api/admin/places/towns/{NoSuchRecord}/areas", Area.Places);
    private static readonly (string, string, Area) CreateDepartment = ("POST", "api/admin/departments", Area.Departments);
    private static readonly (string, string, Area) IssueToken = ("POST", "api/admin/tokens", Area.Tokens);
    private static readonly (string, string, Area) CreateFeed = ("POST", "api/calendar/feeds", Area.CalendarFeeds);
    private static readonly (string, string, Area) SaveFilter = ("POST", "api/me/saved-filters", Area.SavedFilters);
    private static readonly (string, string, Area) SignIn = ("POST", "api/auth/sign-in", Area.Account);
    private static readonly (string, string, Area) Export = ("POST", "api/admin/personal-data/exports", Area.None);
    private static readonly (string, string, Area) Erase = ("POST", "api/admin/personal-data/erasures", Area.Enterprises);
    private static readonly (string, string, Area) ChangePassword = ("POST", "api/auth/password", Area.Account);

    public static IEnumerable<BadInput> All() => Users().Concat(Organisations()).Concat(Places()).Concat(Departments()).Concat(Tokens()).Concat(CalendarFeeds()).Concat(SavedFilters()).Concat(Account()).Concat(PersonalDataRequests());

    // The fixture's enterprise's contact is the person: a refused erasure leaves the enterprise (and the audit log) as it was.
    private static IEnumerable<BadInput> PersonalDataRequests()
    {
        var export = From(new { records = new[] { "Enterprises/Enterprise/{enterprise}/1" }, reason = "本人申请查阅" });
        yield return Export.Sends("an export of no records", export.With("records", Raw("[]")), "records");
        yield return Export.Sends("an export without records", export.Without("records"), "records");
        yield return Export.Sends("records as one string", export.With("records", "Enterprises/Enterprise/{enterprise}/1"), "records");
        yield return Export.Sends("a null record", export.With("records", Raw("[null]")), "records[0]");
        yield return Export.Sends("51 records", export.With("records", Enumerable.Repeat("Enterprises/Enterprise/{enterprise}/1", 51).ToArray()), "records");
        yield return Export.Sends("an export without a reason", export.Without("reason"), "reason");
        yield return Export.Sends("a reason of 501 characters", export.With("reason", new string('因', 501)), "reason");
        yield return Export.Sends("format \"pdf\"", export.With("format", "pdf"), "format");
        yield return Export.SendsText("malformed JSON", """{"records": [""", "records[0]").Saying("malformed");

        var erase = From(new { record = "Enterprises/Enterprise/{enterprise}/1", reason = "本人申请删除", confirm = true });
        yield return Erase.Sends("an erasure without a record", erase.Without("record"), "record");
        yield return Erase.Sends("a record of 201 characters", erase.With("record", new string('r', 201)), "record");
        yield return Erase.Sends("an erasure without a reason", erase.Without("reason"), "reason");
        yield return Erase.Sends("an erasure not confirmed", erase.With("confirm", false), "confirm");
        yield return Erase.Sends("an erasure confirmed as \"yes\"", erase.With("confirm", "yes"), "confirm");
        yield return Erase.Sends("an erasure without its confirmation", erase.Without("confirm"), "confirm");
        yield return Erase.Sends("an unknown everywhere property", erase.With("everywhere", true), "everywhere");
    }

    private static IEnumerable<BadInput> Users()
    {
        var valid = From(new
        {
            userName = "bad-input-user", displayName = "测试用户", password = TestFederation.Password, organisationId = "{root}",
            roles = new[] { "branch-staff" },
        });
        yield return CreateUser.Sends("user name with a space", valid.With("userName", "bad input"), "userName");
        yield return CreateUser.Sends("user name of 10,000 characters", valid.With("userName", new string('u', 10_000)), "userName");
        yield return CreateUser.Sends("user name as a number", valid.With("userName", 7), "userName");
        yield return CreateUser.Sends("no display name", valid.Without("displayName"), "displayName");
        yield return CreateUser.Sends("a password too weak", valid.With("password", "short"), "password");
        yield return CreateUser.Sends("a common password", valid.With("password", "password12"), "password");
        yield return CreateUser.Sends("a password of one repeated letter", valid.With("password", "aaaaaaaaa1"), "password");
        yield return CreateUser.Sends("a password containing the user name", valid.With("password", "Bad-Input-User-42"), "password");
        yield return CreateUser.Sends("role \"astronaut\"", valid.With("roles", new[] { "astronaut" }), "roles[0]");
        yield return CreateUser.Sends("a null role", valid.With("roles", Raw("[null]")), "roles[0]");
        yield return CreateUser.Sends("roles as one string", valid.With("roles", "admin"), "roles");
        yield return CreateUser.Sends("organisationId that is not a GUID", valid.With("organisationId", "root"), "organisationId");
        yield return CreateUser.Sends("an email without an @", valid.With("email", "chen.ming"), "email");
        yield return CreateUser.Sends("an email with a name in brackets", valid.With("email", "陈明 <chen.ming@federation.test>"), "email");
        yield return CreateUser.Sends("an email without a dot in its domain", valid.With("email", "chen.ming@federation"), "email");
        yield return CreateUser.Sends("an email of 10,000 characters", valid.With("email", new string('e', 9_980) + "@federation.test"), "email");
        yield return CreateUser.Sends("an email as a number", valid.With("email", 7), "email");
        yield return CreateUser.Sends("an unknown isAdmin property", valid.With("isAdmin", true), "isAdmin");
        yield return CreateUser.SendsText("malformed JSON", """{"userName": "bad-input-user", """, "body").Saying("malformed");
        yield return CreateUser.SendsAs("text/plain", valid);

        var update = From(new { displayName = "测试用户", organisationId = "{root}", roles = new[] { "branch-staff" }, disabled = false, version = 1 });
        yield return UpdateUser.Sends("an update without its version", update.Without("version"), "version");
        yield return UpdateUser.Sends("disabled as \"yes\"", update.With("disabled", "yes"), "disabled");
        yield return UpdateUser.Sends("no roles", update.Without("roles"), "roles");
        yield return UpdateUser.Sends("an email with a space", update.With("email", "chen ming@federation.test"), "email");
        yield return UpdateUser.Sends("an email with two @", update.With("email", "chen@ming@federation.test"), "email");
    }

    private static IEnumerable<BadInput> Organisations()
    {
        var valid = From(new { name = "坏输入协会", kind = "affiliatedAssociation", parentId = "{root}", town = "石岐" });
        yield return CreateOrganisation.Sends("a second city federation", valid.With("kind", "cityFederation"), "kind");
        yield return CreateOrganisation.Sends("kind \"planet\"", valid.With("kind", "planet"), "kind");
        yield return CreateOrganisation.Sends("kind as the number 1", valid.With("kind", 1), "kind");
        yield return CreateOrganisation.Sends("no name", valid.Without("name"), "name");
        yield return CreateOrganisation.Sends("name of 10,000 characters", valid.With("name", TenThousandCharacters), "name");
        yield return CreateOrganisation.Sends("no parent", valid.Without("parentId"), "parentId");
        yield return CreateOrganisation.Sends("parentId that is not a GUID", valid.With("parentId", "root"), "parentId");
        yield return CreateOrganisation.Sends("town of 10,000 characters", valid.With("town", TenThousandCharacters), "town");
        yield return CreateOrganisation.Sends("an unknown property", valid.With("leader", "张三"), "leader");
        yield return CreateOrganisation.SendsAs("application/xml", valid);
        yield return UpdateOrganisation.Sends("an update without its version", valid, "version");
    }

    private static IEnumerable<BadInput> Places()
    {
        var valid = From(new { name = "坏输入镇", nameEn = "Bad Input Town", aliases = new[] { "坏输入街道" }, sortOrder = 10 });
        yield return CreateTown.Sends("no name", valid.Without("name"), "name");
        yield return CreateTown.Sends("a blank name", valid.With("name", "   "), "name");
        yield return CreateTown.Sends("name of 10,000 characters", valid.With("name", TenThousandCharacters), "name");
        yield return CreateTown.Sends("English name of 10,000 characters", valid.With("nameEn", new string('e', 10_000)), "nameEn");
        yield return CreateTown.Sends("an alias of 10,000 characters", valid.With("aliases", new[] { "坏输入区", TenThousandCharacters }), "aliases[1]");
        yield return CreateTown.Sends("a blank alias", valid.With("aliases", new[] { " " }), "aliases[0]");
        yield return CreateTown.Sends("a null alias", valid.With("aliases", Raw("[null]")), "aliases[0]");
        yield return CreateTown.Sends("aliases as one string", valid.With("aliases", "坏输入街道"), "aliases");
        yield return CreateTown.Sends("21 aliases", valid.With("aliases", Enumerable.Range(1, 21).Select(i => $"坏输入别名{i}").ToArray()), "aliases");
        yield return CreateTown.Sends("sortOrder of -1", valid.With("sortOrder", -1), "sortOrder");
        yield return CreateTown.Sends("sortOrder as \"first\"", valid.With("sortOrder", "first"), "sortOrder");
        yield return CreateTown.Sends("an unknown property", valid.With("areas", new[] { "坏输入片区" }), "areas");
        yield return CreateTown.SendsAs("text/plain", valid);
        var area = From(new { name = "坏输入片区", aliases = new[] { "坏输入片" } });
        yield return AddArea.Sends("no name", area.Without("name"), "name");
        yield return AddArea.Sends("an alias of 10,000 characters", area.With("aliases", new[] { TenThousandCharacters }), "aliases[0]");
        yield return AddArea.Sends("sortOrder of 10000", area.With("sortOrder", 10_000), "sortOrder");
    }

    private static IEnumerable<BadInput> Departments()
    {
        var valid = From(new { name = "坏输入部", kind = "own", sortOrder = 10 });
        yield return CreateDepartment.Sends("no name", valid.Without("name"), "name");
        yield return CreateDepartment.Sends("a blank name", valid.With("name", "   "), "name");
        yield return CreateDepartment.Sends("name of 10,000 characters", valid.With("name", TenThousandCharacters), "name");
        yield return CreateDepartment.Sends("no kind", valid.Without("kind"), "kind");
        yield return CreateDepartment.Sends("kind \"ministry\"", valid.With("kind", "ministry"), "kind");
        yield return CreateDepartment.Sends("an organisation that is not an id", valid.With("organisationId", "city"), "organisationId");
        yield return CreateDepartment.Sends("sortOrder of -1", valid.With("sortOrder", -1), "sortOrder");
        yield return CreateDepartment.Sends("an unknown property", valid.With("members", new[] { "张三" }), "members");
        yield return CreateDepartment.SendsAs("text/plain", valid);
    }

    private static IEnumerable<BadInput> Tokens()
    {
        var valid = From(new { userId = "{user}", name = "对接令牌" });
        yield return IssueToken.Sends("no user", valid.Without("userId"), "userId");
        yield return IssueToken.Sends("userId of no user", valid.With("userId", NoSuchRecord), "userId");
        yield return IssueToken.Sends("no name", valid.Without("name"), "name");
        yield return IssueToken.Sends("name of 10,000 characters", valid.With("name", TenThousandCharacters), "name");
        yield return IssueToken.Sends("an expiry in the past", valid.With("expiresAtUtc", "2020-01-01T00:00:00Z"), "expiresAtUtc");
        yield return IssueToken.Sends("an expiry of \"soon\"", valid.With("expiresAtUtc", "soon"), "expiresAtUtc");
        yield return IssueToken.Sends("an unknown property", valid.With("scopes", new[] { "all" }), "scopes");
        yield return IssueToken.SendsAs("text/plain", valid);
    }

    private static IEnumerable<BadInput> SavedFilters()
    {
        var valid = From(new { list = "/investment/projects", name = "坏输入筛选", query = "stage=Signed" });
        yield return SaveFilter.Sends("no name", valid.Without("name"), "name");
        yield return SaveFilter.Sends("a blank name", valid.With("name", "   "), "name");
        yield return SaveFilter.Sends("name of 10,000 characters", valid.With("name", TenThousandCharacters), "name");
        yield return SaveFilter.Sends("no list", valid.Without("list"), "list");
        yield return SaveFilter.Sends("a list on another site", valid.With("list", "//evil.example/x"), "list");
        yield return SaveFilter.Sends("query of 10,000 characters", valid.With("query", TenThousandCharacters), "query");
        yield return SaveFilter.Sends("an unknown property", valid.With("owner", "admin"), "owner");
        yield return SaveFilter.SendsAs("text/plain", valid);
    }

    private static IEnumerable<BadInput> CalendarFeeds()
    {
        var valid = From(new { language = "zh-CN" });
        yield return CreateFeed.Sends("language \"fr\"", valid.With("language", "fr"), "language");
        yield return CreateFeed.Sends("language as a number", valid.With("language", 7), "language");
        yield return CreateFeed.Sends("an unknown property", valid.With("calendar", "all"), "calendar");
        yield return CreateFeed.SendsAs("text/plain", valid);
    }

    // Signing in uses the fixture's account; changing the password is done by that account itself.
    private static IEnumerable<BadInput> Account()
    {
        var signIn = From(new { userName = "{account}", password = TestFederation.Password });
        yield return SignIn.SendsText("malformed JSON", """{"userName": "admin" "password": "x"}""", "body").Saying("malformed");
        yield return SignIn.Sends("user name as a number", signIn.With("userName", 7), "userName");
        yield return SignIn.Sends("no password", signIn.Without("password"), "password");
        yield return SignIn.Sends("user name of 10,000 characters", signIn.With("userName", new string('u', 10_000)), "userName");
        yield return SignIn.Sends("password of 10,000 characters", signIn.With("password", TenThousandCharacters), "password");
        yield return SignIn.Sends("an unknown property", signIn.With("rememberMe", true), "rememberMe");
        yield return SignIn.SendsAs("text/plain", signIn);

        var change = From(new { currentPassword = TestFederation.Password, newPassword = "Changed-Passw0rd-9" });
        yield return ChangePassword.SendsText("a body cut short", """{"currentPassword": """, "currentPassword").Saying("malformed");
        yield return ChangePassword.Sends("new password as a number", change.With("newPassword", 1234567890), "newPassword");
        yield return ChangePassword.Sends("a new password too weak", change.With("newPassword", "short"), "newPassword");
        yield return ChangePassword.Sends("a common new password", change.With("newPassword", "woaini1314520"), "newPassword").Saying("常见密码");
        yield return ChangePassword.Sends("a new password along the keyboard", change.With("newPassword", "qwertyuiop1"), "newPassword").Saying("序列");
        yield return ChangePassword.Sends("new password of 10,000 characters", change.With("newPassword", TenThousandCharacters), "newPassword");
        yield return ChangePassword.Sends("a wrong current password", change.With("currentPassword", "Not-The-Passw0rd"), "currentPassword");
        yield return ChangePassword.Sends("an unknown property", change.With("confirm", "Changed-Passw0rd-9"), "confirm");
        yield return ChangePassword.SendsAs(null, change);
    }
}
