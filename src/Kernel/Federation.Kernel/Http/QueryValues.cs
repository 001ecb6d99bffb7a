using Federation.Kernel.Resources;
namespace Federation.Kernel.Http;

/// <summary>Reads query-string values that minimal APIs would bind too loosely (enums accept any number).</summary>
public static class QueryValues
{
    /// <summary>Parses an enum by name, ignoring case; a number or an unknown name is a 400 naming <paramref name="field"/>.</summary>
    public static TEnum? Enum<TEnum>(string? value, string field) where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!char.IsDigit(value[0]) && value[0] != '-' && System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed)
            && System.Enum.IsDefined(parsed))
            return parsed;
        var names = System.Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]);
        throw new RequestRejectedException(field, Text.Format("OneOf", string.Join(", ", names)));
    }

    /// <summary>Checks a year filter lies between 1949 and 2100, else a 400 naming <paramref name="field"/>; null passes through.</summary>
    public static int? Year(int? year, string field = "year") =>
        year is null or (>= 1949 and <= 2100) ? year : throw new RequestRejectedException(field, Text.Get("Year"));
}
