using System.Xml.Linq;
using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.KeyRing;

/// <summary>
/// Keeps the key ring that signs session cookies and antiforgery tokens in the store, so a
/// cookie issued by one host is read by every other host sharing the database; each key's secret
/// is encrypted (KeyRingStorage) before it gets here.
/// </summary>
internal sealed class DatabaseKeyRing(ILifetimeScope scope) : IXmlRepository
{
    /// <remarks>
    /// Keys stored in the clear (before the ring was encrypted) are left out: anyone with an old copy
    /// of the database could sign cookies with them. Everyone signs in once more, under a new key.
    /// </remarks>
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var inner = scope.BeginSystemScope();
        return inner.Resolve<PlatformDbContext>().DataProtectionKeys.AsNoTracking()
            .OrderBy(k => k.Id).Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml))
            .Where(element => element.Name.LocalName != "key" || element.Descendants().Any(d => d.Name.LocalName == "encryptedSecret"))
            .ToList();
    }

    /// <remarks>
    /// The interface is synchronous, and ASP.NET Core calls it on a request when a key is due
    /// (every 90 days). The row is written with one synchronous INSERT rather than by blocking on
    /// the contexts' asynchronous save: no request thread waits on async work. It goes around the
    /// write gate, which only SQLite needs; SQLite's busy timeout covers the rare overlap with a writer.
    /// </remarks>
    public void StoreElement(XElement element, string friendlyName)
    {
        using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        var row = db.Model.FindEntityType(typeof(DataProtectionKeyRow))!;
        var table = row.GetSchema() is { } schema ? $"\"{schema}\".\"{row.GetTableName()}\"" : $"\"{row.GetTableName()}\"";
        string Column(string property) => $"\"{row.FindProperty(property)!.GetColumnName()}\"";
        // The names come from the model, the values are parameters.
        var insert = $"INSERT INTO {table} ({Column(nameof(DataProtectionKeyRow.FriendlyName))}, {Column(nameof(DataProtectionKeyRow.Xml))}) VALUES ({{0}}, {{1}})";
        db.Database.ExecuteSqlRaw(insert, friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
