using System.Xml.Linq;
using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.KeyRing;

/// <summary>
/// Keeps the key ring that signs session cookies and antiforgery tokens in the store, so a
/// cookie issued by one host is read by every other host sharing the database.
/// </summary>
internal sealed class DatabaseKeyRing(ILifetimeScope scope) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var inner = scope.BeginSystemScope();
        return inner.Resolve<PlatformDbContext>().DataProtectionKeys.AsNoTracking()
            .OrderBy(k => k.Id).Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml)).ToList();
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
