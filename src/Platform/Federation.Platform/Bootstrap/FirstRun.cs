using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Bootstrap;

/// <summary>
/// On an empty database: the city federation at the root of the tree and the first admin.
/// The generated password is written to the console once and never stored in clear.
/// </summary>
internal sealed class FirstRun(PlatformDbContext db, IOptions<BootstrapOptions> options, ILogger<FirstRun> logger)
{
    public async Task<bool> EnsureAdmin(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct)) return false;
        var settings = options.Value;
        var root = await db.Organisations.FirstOrDefaultAsync(o => o.ParentId == null, ct);
        if (root is null)
        {
            root = new Organisation { Name = settings.OrganisationName, NameEn = settings.OrganisationNameEn, Kind = OrganisationKind.CityFederation };
            db.Organisations.Add(root);
        }
        var password = string.IsNullOrEmpty(settings.AdminPassword) ? Passwords.Generate() : settings.AdminPassword;
        if (Passwords.Weakness(password, settings.AdminUserName) is { } weakness)
            throw new InvalidOperationException($"Bootstrap:AdminPassword may not be used: {weakness}");
        db.Users.Add(new User
        {
            UserName = settings.AdminUserName.ToLowerInvariant(),
            DisplayName = "管理员",
            PasswordHash = Passwords.Hash(password),
            OrganisationId = root.Id,
            Roles = [Roles.Admin],
            // A printed password has been on a screen: its owner replaces it first. A configured one is the operator's choice.
            MustChangePassword = string.IsNullOrEmpty(settings.AdminPassword),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Several hosts started at once on an empty PostgreSQL database: one made the admin (and loads the demo).
            if (await AnotherHostWasFirst(ct)) return false;
            throw;
        }
        if (string.IsNullOrEmpty(settings.AdminPassword))
        {
            // Printed to the console, not the structured log, so it does not end up in log storage.
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine($" First admin created. User name: {settings.AdminUserName}   Password: {password}");
            Console.WriteLine(" It is shown once. The first sign-in asks for a new password before anything else.");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
        else logger.LogInformation("First admin {UserName} created with the configured password", settings.AdminUserName);
        return true;
    }

    private async Task<bool> AnotherHostWasFirst(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Users.AnyAsync(ct);
    }
}
