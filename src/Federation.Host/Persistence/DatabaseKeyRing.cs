using System.Xml.Linq;
using Autofac;
using Federation.Host.Composition;
using Federation.Host.Platform;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Persistence;

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

    // The interface is synchronous; a key is written once every 90 days, so blocking here costs nothing.
    public void StoreElement(XElement element, string friendlyName) => Task.Run(async () =>
    {
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        await db.SaveChangesAsync();
    }).GetAwaiter().GetResult();
}
