using System.Net;
using System.Security.Claims;
using System.Xml.Linq;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Security;

/// <summary>
/// Someone holding a copy of the database (or of a backup) has the key ring's rows and every
/// user's security stamp. The rows are encrypted with a key kept outside the database, so they
/// cannot be used to sign a session cookie the host accepts.
/// </summary>
[Trait("Category", "Sqlite")] // Reads the SQLite file as a thief would.
public sealed class CopiedKeyRingTests
{
    [Fact]
    public async Task A_session_cookie_forged_with_the_key_ring_from_a_copied_database_is_refused()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        (await admin.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK, "the ring has its first key once someone signed in");
        var keyFile = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "keys", "keyring.key");
        File.Exists(keyFile).Should().BeTrue("the key file is made on the first start, outside the database");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "only the host's account may read the key");
            File.GetUnixFileMode(Path.GetDirectoryName(keyFile)!).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var copy = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "stolen.db");
        await using (var live = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        await using (var stolen = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            await live.OpenAsync();
            await stolen.OpenAsync();
            live.BackupDatabase(stolen);
        }
        var (keys, adminId, stamp) = await Read(copy);
        keys.Should().NotBeEmpty();
        keys.Should().OnlyContain(k => k.ToString().Contains("encryptedSecret"), "no key lies in the database in the clear");

        string? forged = null;
        try
        {
            forged = Forge(keys, adminId, stamp);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // The thief cannot even read the key: the encryption key is not in the copy.
        }
        if (forged is null) return;

        using var thief = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", $"federation.session={forged}");
        (await thief.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a cookie forged from a copied database must not sign anyone in");
    }

    [Fact]
    public async Task A_key_stored_in_the_clear_before_the_ring_was_encrypted_signs_no_one_in()
    {
        // A database from before the ring was encrypted, as an old backup has it: its key in the clear.
        using var before = new FederationFactory();
        (await (await before.Admin()).GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        var folder = Path.Combine(Path.GetTempPath(), "federation-tests", "clear-ring-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "federation.db");
        await using (var live = new SqliteConnection($"Data Source={before.DatabasePath};Pooling=False"))
        await using (var copy = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await live.OpenAsync();
            await copy.OpenAsync();
            live.BackupDatabase(copy);
        }
        var oldRing = new List<XElement>();
        var forged = Forge(oldRing, (await Read(database)).AdminId, (await Read(database)).Stamp, makeKey: true);
        oldRing.Should().ContainSingle().Which.ToString().Should().NotContain("encryptedSecret");
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO plt_data_protection_keys (\"FriendlyName\", \"Xml\") VALUES ('old', $xml)";
            insert.Parameters.AddWithValue("$xml", oldRing[0].ToString(SaveOptions.DisableFormatting));
            await insert.ExecuteNonQueryAsync();
        }

        try
        {
            using var after = new FederationFactory().With("Store:SqlitePath", database).With("KeyRing:Folder", Path.Combine(folder, "keys"));
            using var thief = after.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
            request.Headers.Add("Cookie", $"federation.session={forged}");
            (await thief.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "keys kept in the clear are no longer trusted");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(List<XElement> Keys, string AdminId, string Stamp)> Read(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var keys = new List<XElement>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"Xml\" FROM plt_data_protection_keys";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) keys.Add(XElement.Parse(reader.GetString(0)));
        }
        await using var user = connection.CreateCommand();
        user.CommandText = "SELECT \"Id\", \"SecurityStamp\" FROM plt_users WHERE \"UserName\" = 'admin'";
        await using var row = await user.ExecuteReaderAsync();
        (await row.ReadAsync()).Should().BeTrue();
        return (keys, row.GetString(0), row.GetString(1));
    }

    // What the cookie handler does to write a session, with the stolen ring and the admin's stamp.
    // With makeKey, the ring starts empty and gets a new key in the clear, as the product made them before.
    private static string Forge(List<XElement> keys, string adminId, string stamp, bool makeKey = false)
    {
        var services = new ServiceCollection();
        var protection = services.AddDataProtection().SetApplicationName("Federation");
        if (!makeKey) protection.DisableAutomaticKeyGeneration();
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new StolenRing(keys, makeKey));
        using var provider = services.BuildServiceProvider();
        var protector = provider.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Cookies", "v2");
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, adminId.ToLowerInvariant()),
            new Claim(ClaimTypes.Name, "admin"),
            new Claim("stamp", stamp),
        ], "Cookies"));
        var ticket = new AuthenticationTicket(principal,
            new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow, ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) }, "Cookies");
        return new TicketDataFormat(protector).Protect(ticket);
    }

    private sealed class StolenRing(List<XElement> keys, bool writable) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => keys.ToList();

        public void StoreElement(XElement element, string friendlyName)
        {
            if (!writable) throw new InvalidOperationException("a thief's ring is read only");
            keys.Add(element);
        }
    }
}
