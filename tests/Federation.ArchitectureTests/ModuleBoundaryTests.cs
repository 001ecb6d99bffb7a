using System.Reflection;
using Federation.Kernel.Modules;
using NetArchTest.Rules;

namespace Federation.ArchitectureTests;

/// <summary>The rules every module holds to, the platform's own as much as each work line.</summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_platform_and_the_work_lines_are_all_checked()
    {
        var names = Modules.ModuleAssemblies.Select(Modules.Name).ToList();

        names.Should().Contain("Federation.Platform", "the platform is a module and obeys the work-line rules");
        names.Should().Contain(["Federation.Investment", "Federation.Talent", "Federation.Enterprises", "Federation.Trade", "Federation.Scorecard"]);
    }

    public static TheoryData<string> ModuleNames() => new(Modules.ModuleAssemblies.Select(Modules.Name));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_references_only_the_kernel_and_contracts_assemblies(string module)
    {
        var assembly = Modules.ModuleAssemblies.Single(a => Modules.Name(a) == module);
        var federationReferences = assembly.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(n => n.StartsWith("Federation.", StringComparison.Ordinal));

        federationReferences.Should().OnlyContain(n => n == Modules.Name(Modules.Kernel) || n.EndsWith(".Contracts"),
            "a module may use other modules only through their Contracts assemblies");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void No_type_of_a_module_depends_on_another_module_or_the_host(string module)
    {
        var assembly = Modules.ModuleAssemblies.Single(a => Modules.Name(a) == module);
        // Whole type names, not namespaces: NetArchTest matches by prefix, and another module's
        // namespace is a prefix of its Contracts' namespace, which a module may use.
        var forbidden = Modules.ModuleAssemblies.Where(a => a != assembly).Append(Modules.Host)
            .SelectMany(a => a.GetTypes()).Where(t => !IsGenerated(t)).Select(t => t.FullName!).ToArray();

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        result.IsSuccessful.Should().BeTrue("these types reach into another module or the host: {0}",
            string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void Contracts_depend_on_nothing_of_ours_but_the_kernel()
    {
        Modules.Contracts.Should().NotBeEmpty("the check below would otherwise pass without looking at anything");
        foreach (var contracts in Modules.Contracts)
            contracts.GetReferencedAssemblies().Select(r => r.Name!)
                .Where(n => n.StartsWith("Federation.", StringComparison.Ordinal))
                .Should().OnlyContain(n => n == Modules.Name(Modules.Kernel), $"{Modules.Name(contracts)} is shared by every module");
    }

    [Fact]
    public void The_kernel_knows_no_module_and_not_the_host() =>
        Modules.Kernel.GetReferencedAssemblies().Select(r => r.Name!)
            .Should().NotContain(n => n.StartsWith("Federation.", StringComparison.Ordinal));

    [Fact]
    public void The_host_uses_modules_only_through_the_module_contract()
    {
        var modules = Modules.ModuleAssemblies.Select(Modules.Name).Concat(Modules.Contracts.Select(Modules.Name)).ToArray();

        var result = Types.InAssembly(Modules.Host).ShouldNot().HaveDependencyOnAny(modules).GetResult();

        result.IsSuccessful.Should().BeTrue("the host loads modules by scanning, it does not call them: {0}",
            string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_has_one_entry_class_and_it_is_its_only_public_type(string module)
    {
        var assembly = Modules.ModuleAssemblies.Single(a => Modules.Name(a) == module);
        var entries = assembly.GetTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        entries.Should().ContainSingle("one entry class per module");
        assembly.GetExportedTypes().Where(t => !IsGenerated(t))
            .Should().Equal(entries, "everything else of a module is internal (EF's generated migrations aside)");
    }

    [Fact]
    public void Concrete_classes_of_the_product_are_sealed()
    {
        var types = Modules.All.SelectMany(a => a.GetTypes()).ToList();
        var bases = types.Select(t => t.BaseType).OfType<Type>().ToHashSet();
        var unsealed = types
            .Where(t => t is { IsClass: true, IsAbstract: false, IsSealed: false } && !IsGenerated(t) && !bases.Contains(t))
            .Select(t => t.FullName)
            .ToList();

        unsealed.Should().BeEmpty("classes are sealed unless designed for inheritance");
    }

    internal static bool IsGenerated(Type t) =>
        t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null
        || t.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>() is not null
        || t.Namespace?.Contains(".Migrations", StringComparison.Ordinal) == true
        || t.Namespace == "AspNetCoreGeneratedDocument"
        || t.Name.StartsWith('<') || t.FullName!.Contains('+') && t.DeclaringType?.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null
        || t.Namespace is null
        || t == typeof(Program);
}
