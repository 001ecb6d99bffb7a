using System.Text.Json;
using Federation.Kernel.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Federation.Kernel.Persistence;

/// <summary>EF Core mapping helpers for a module's <see cref="ModuleDbContext.ConfigureModel"/>.</summary>
public static class JsonColumns
{
    /// <summary>
    /// Stores a small list of values (an event's organisers, a programme's targets) as one JSON
    /// column: it is read and written with its owner and never queried on its own.
    /// </summary>
    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, EventJson.Options),
            v => JsonSerializer.Deserialize<List<T>>(v, EventJson.Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                v => v.ToList()));
}
