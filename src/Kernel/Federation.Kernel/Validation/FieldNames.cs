using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Resources;
using FluentValidation;

namespace Federation.Kernel.Validation;

/// <summary>
/// The name a validation message gives its field, in the reader's language ("项目名称不能为空"):
/// FluentValidation's {PropertyName} is looked up, when the message is made, in the resx of the
/// module that owns the request — "Field.{Request}.{Member}", then "Field.{Member}", then the
/// label key "{Member}" the module's pages already use — and then in the kernel's texts. A module,
/// a drop-in one included, names its fields by adding those keys; it registers nothing.
/// </summary>
public static class FieldNames
{
    private static readonly ConcurrentDictionary<Assembly, ResourceManager?> ModuleTexts = new();
    private static readonly ResourceManager KernelTexts = new("Federation.Kernel.Resources.Text", typeof(FieldNames).Assembly);

    /// <summary>Makes every validator name its fields this way (idempotent; the host calls it at start).</summary>
    public static void Install() => ValidatorOptions.Global.DisplayNameResolver = Resolve;

    /// <summary>The field's name in the current UI culture; "此项" / "This field" when no text names it.</summary>
    public static string Resolve(Type request, MemberInfo? member, LambdaExpression? expression)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (member is null) return KernelTexts.GetString("Field.This", culture) ?? "";
        string[] keys = [$"Field.{request.Name}.{member.Name}", $"Field.{member.Name}", member.Name];
        var module = ModuleTexts.GetOrAdd(request.Assembly, Find);
        foreach (var key in keys)
            if (Lookup(module, key, culture) is { Length: > 0 } name) return name;
        // The kernel's own texts are messages as well as names, so only its "Field." keys are names.
        if (Lookup(KernelTexts, $"Field.{member.Name}", culture) is { Length: > 0 } shared) return shared;
        return KernelTexts.GetString("Field.This", culture) ?? member.Name;
    }

    private static string? Lookup(ResourceManager? texts, string key, CultureInfo culture)
    {
        try
        {
            return texts?.GetString(key, culture);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }

    // A module's texts are the resx named after its "…Text" marker in its Resources folder; a
    // request kept in a Contracts assembly is named by the module beside it.
    private static ResourceManager? Find(Assembly assembly)
    {
        var home = assembly.GetName().Name is { } name && name.EndsWith(".Contracts", StringComparison.Ordinal)
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name[..^".Contracts".Length]) ?? assembly
            : assembly;
        var marker = home.GetManifestResourceNames()
            .FirstOrDefault(r => r.EndsWith("Text.resources", StringComparison.Ordinal) && r.Contains(".Resources.", StringComparison.Ordinal));
        return marker is null ? null : new ResourceManager(marker[..^".resources".Length], home);
    }
}
