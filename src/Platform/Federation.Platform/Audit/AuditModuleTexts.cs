using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Federation.Kernel.Modules;

namespace Federation.Platform.Audit;

/// <summary>
/// What a module's own pages call its fields and choices, for the audit log's fields no vocabulary
/// names: a module's resx already holds "ReceivedOn" = 接待日期 and "CaseStatus.Received" = 已接待
/// for its pages, so a work line (a drop-in one too) reads in the reader's language without
/// writing an <see cref="Kernel.Audit.IAuditVocabulary"/>.
/// </summary>
internal sealed class AuditModuleTexts(IModuleDirectory modules)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<ResourceManager>> resources = new();
    private readonly ConcurrentDictionary<(string, string), IReadOnlyList<string>> choiceKeys = new();

    /// <summary>A record type's name in the module's texts, keyed by the entity type ("Commendation").</summary>
    public string? RecordName(string module, string entityType, CultureInfo culture) => Text(module, entityType, culture);

    /// <summary>The field's name in the module's texts: the property, or it without an Id/Name/Fen suffix.</summary>
    public string? FieldName(string module, string property, CultureInfo culture)
    {
        foreach (var key in new[] { property, Trimmed(property, "Id"), Trimmed(property, "Name"), Trimmed(property, "Fen") })
            if (key.Length > 0 && Text(module, key, culture) is { } name) return name;
        return null;
    }

    /// <summary>
    /// A stored choice ("Received") by the module's "{Enum}.{Value}" text, or the kernel's; null when
    /// it is none. The enum named like the field comes first (Status → CaseStatus.Received, not
    /// Calendar.Received), and a sentence with blanks to fill is no choice's label.
    /// </summary>
    public string? Choice(string module, string property, string value, CultureInfo culture)
    {
        if (value.Length == 0 || !char.IsUpper(value[0]) || !value.All(char.IsAsciiLetterOrDigit)) return null;
        foreach (var source in new[] { module, KernelTexts })
        {
            var keys = KeysEndingWith(source, "." + value)
                .OrderBy(k => k[..^(value.Length + 1)].EndsWith(property, StringComparison.Ordinal) ? 0 : 1);
            foreach (var key in keys)
                if (Text(source, key, culture) is { } text && !text.Contains('{')) return text;
        }
        return null;
    }

    private const string KernelTexts = "";

    private string? Text(string module, string key, CultureInfo culture) =>
        ManagersOf(module).Select(r => r.GetString(key, culture)).FirstOrDefault(t => t is not null);

    private IReadOnlyList<string> KeysEndingWith(string module, string suffix) => choiceKeys.GetOrAdd((module, suffix), _ =>
        ManagersOf(module).SelectMany(r => r.GetResourceSet(CultureInfo.InvariantCulture, true, false)?.Cast<System.Collections.DictionaryEntry>()
                .Select(e => (string)e.Key) ?? [])
            .Where(k => k.EndsWith(suffix, StringComparison.Ordinal)).ToList());

    private IReadOnlyList<ResourceManager> ManagersOf(string module) => resources.GetOrAdd(module, name =>
    {
        var assembly = name == KernelTexts ? typeof(Kernel.Resources.Text).Assembly
            : modules.Enabled.FirstOrDefault(m => m.Name == name)?.GetType().Assembly;
        if (assembly is null) return [];
        return assembly.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => new ResourceManager(n[..^".resources".Length], assembly)).ToList();
    });

    private static string Trimmed(string property, string suffix) =>
        property.Length > suffix.Length && property.EndsWith(suffix, StringComparison.Ordinal) ? property[..^suffix.Length] : "";
}
