using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Federation.Kernel.Audit;
using Federation.Kernel.Modules;
using Federation.Kernel.Persistence;
using Federation.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// What the audit log would show by a property name: every audited field of every running module's
/// stores that no vocabulary names, and every choice whose value has no label, in either language.
/// </summary>
internal static partial class AuditCoverage
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The gaps, and the modules whose stores were checked.</summary>
    public static (List<string> Gaps, List<string> Modules) Check(IServiceProvider services)
    {
        var modules = new List<string>();
        using var scope = services.CreateScope();
        var vocabularies = scope.ServiceProvider.GetRequiredService<AuditVocabularies>();
        var gaps = new List<string>();
        foreach (var type in ModuleContexts(scope.ServiceProvider.GetRequiredService<IModuleDirectory>()))
        {
            var context = (ModuleDbContext?)scope.ServiceProvider.GetService(type);
            if (context is null) { gaps.Add($"{type.Name}: not resolved"); continue; }
            modules.Add(context.ModuleName);
            foreach (var entity in context.Model.GetEntityTypes().Where(e => e.ClrType.GetCustomAttribute<NotAuditedAttribute>() is null))
            {
                var record = vocabularies.Record(context.ModuleName, entity.ClrType.Name);
                var where = $"{context.ModuleName}/{entity.ClrType.Name}";
                if (record is null) { gaps.Add($"{where}: the record type is not named"); continue; }
                if (HasLatin(record.Name(Chinese))) gaps.Add($"{where}: the Chinese name \"{record.Name(Chinese)}\" has English in it");
                foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is null))
                {
                    if (!AuditVocabularies.Names(record, property.Name)) { gaps.Add($"{where}.{property.Name}: not named"); continue; }
                    var terms = AuditVocabularies.Field(record, property.Name);
                    if (terms.Kind == AuditValueKind.Hidden) continue;
                    if (HasLatin(terms.Name(Chinese))) gaps.Add($"{where}.{property.Name}: the Chinese name \"{terms.Name(Chinese)}\" has English in it");
                    if (PropertyName().IsMatch(terms.Name(English))) gaps.Add($"{where}.{property.Name}: the English name \"{terms.Name(English)}\" is a property name");
                    var choices = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                    if (!choices.IsEnum) continue;
                    if (terms.Kind != AuditValueKind.Choice || terms.Label is null) { gaps.Add($"{where}.{property.Name}: a choice shown as its value"); continue; }
                    foreach (var value in Enum.GetNames(choices))
                    foreach (var culture in new[] { Chinese, English })
                        if (terms.Label(value, culture) == $"{choices.Name}.{value}") gaps.Add($"{where}.{property.Name}: no {culture.Name} label for {value}");
                }
            }
        }
        return (gaps, modules);
    }

    /// <summary>
    /// The stores of the modules running in this host, the dropped-in ones too; by the modules'
    /// own assemblies, since an earlier host of the test run may have loaded its own copy of a drop-in.
    /// </summary>
    private static IEnumerable<Type> ModuleContexts(IModuleDirectory modules) => modules.Enabled
        .Select(m => m.GetType().Assembly).Distinct()
        .SelectMany(a => a.GetTypes())
        .Where(t => !t.IsAbstract && typeof(ModuleDbContext).IsAssignableFrom(t));

    /// <summary>Fails with the lines when an entry's changes show an id, raw JSON, or (in Chinese) an English field name.</summary>
    public static void ShouldRead(JsonElement entry, bool chinese)
    {
        foreach (var change in entry.GetProperty("changed").EnumerateArray())
        {
            var name = change.GetProperty("name").GetString()!;
            var values = new[] { change.GetProperty("from").GetString(), change.GetProperty("to").GetString() }.Where(v => v is not null).ToList();
            if (chinese) HasLatin(name).Should().BeFalse($"the Chinese log names \"{name}\" in Chinese");
            else PropertyName().IsMatch(name).Should().BeFalse($"the English log names \"{name}\" in words, not by its property");
            foreach (var value in values)
            {
                Id().IsMatch(value!).Should().BeFalse($"{name}: \"{value}\" shows no id");
                value!.TrimStart().Should().NotStartWith("{").And.NotStartWith("[", $"{name} shows no JSON");
                value.Should().NotContain("\":", $"{name} shows no JSON");
            }
        }
        PropertyName().IsMatch(entry.GetProperty("recordType").GetString()!).Should().BeFalse("the record type is named");
    }

    /// <summary>The entry's readable lines: "名称: 旧 → 新", or "名称: 值" for a record added.</summary>
    public static List<string> Lines(JsonElement entry) => entry.GetProperty("changed").EnumerateArray()
        .Select(c => c.GetProperty("from").GetString() is { } from
            ? $"{c.GetProperty("name").GetString()}: {from} → {c.GetProperty("to").GetString()}"
            : $"{c.GetProperty("name").GetString()}: {c.GetProperty("to").GetString()}")
        .ToList();

    private static bool HasLatin(string text) => text.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');

    [GeneratedRegex("^[A-Z][a-z]+[A-Z][A-Za-z]*$")]
    private static partial Regex PropertyName();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Id();
}
