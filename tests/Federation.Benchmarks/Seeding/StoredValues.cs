using System.Globalization;

namespace Federation.Benchmarks.Seeding;

/// <summary>Values written the way EF Core's SQLite provider writes them, so the product reads seeded rows as its own.</summary>
internal static class StoredValues
{
    public static string Id(Guid id) => id.ToString().ToUpperInvariant();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    public static DateTime ParseTime(string stored) => DateTime.SpecifyKind(DateTime.Parse(stored, CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
