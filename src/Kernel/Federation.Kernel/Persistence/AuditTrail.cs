using System.Reflection;
using System.Text.Json;
using Federation.Kernel.Identity;
using Federation.Kernel.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Federation.Kernel.Persistence;

/// <summary>Reads what a SaveChanges is about to write and describes it for the audit log.</summary>
internal static class AuditTrail
{
    public static AuditRecorded? Capture(ChangeTracker tracker, string module, ICurrentUser user)
    {
        var entries = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Metadata.ClrType.GetCustomAttribute<NotAuditedAttribute>() is null)
            .ToList();
        if (entries.Count == 0) return null;
        // A write changes one aggregate: its child rows (a stage, a follow-up) belong to the same organisation.
        var owners = entries.Select(e => e.Entity).OfType<IOrganisationOwned>().Select(o => o.OrganisationId).Distinct().ToList();
        Guid? aggregateOwner = owners.Count == 1 ? owners[0] : null;
        var changes = entries
            .Select(e => Describe(e, e.Entity is IOrganisationOwned owned ? owned.OrganisationId : aggregateOwner))
            // A modification of unaudited fields only (a failed sign-in's counter) is no change for the log.
            .Where(c => c is not null).Select(c => c!)
            .ToList();
        if (changes.Count == 0) return null;
        return new AuditRecorded(module, user.UserId, user.UserName, changes);
    }

    private static AuditedChange? Describe(EntityEntry entry, Guid? organisationId)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => entry.Property(p.Name).CurrentValue?.ToString() ?? "");
        var values = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is not null) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    values[property.Metadata.Name] = property.CurrentValue;
                    break;
                case EntityState.Deleted:
                    values[property.Metadata.Name] = property.OriginalValue;
                    break;
                // By the property's own comparer: a list replaced by an equal one (a user's roles) is no change.
                case EntityState.Modified when property.IsModified
                    && !property.Metadata.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue):
                    values[property.Metadata.Name] = new { from = property.OriginalValue, to = property.CurrentValue };
                    break;
            }
        }
        if (entry.State == EntityState.Modified && values.Count == 0) return null;
        return new AuditedChange(
            entry.Metadata.ClrType.Name,
            string.Join("/", key),
            entry.State.ToString(),
            JsonSerializer.Serialize(values, EventJson.Options),
            organisationId);
    }
}
