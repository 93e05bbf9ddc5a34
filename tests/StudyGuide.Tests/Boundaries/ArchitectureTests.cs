using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using NetArchTest.Rules;
using StudyGuide.CodeLanguages;
using StudyGuide.ContentTypes;
using StudyGuide.Highlighting;
using StudyGuide.Loading;
using StudyGuide.Pipeline;
using StudyGuide.Sharing;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Boundaries;

/// <summary>
/// The boundaries of the generator, checked on its compiled code: the stage order is declared once
/// (<see cref="BuildStages"/>) and no stage depends on a later one; the foundations depend on no
/// stage; Go is reached only through the code language seam; a one-off build keeps no state.
/// </summary>
public sealed class ArchitectureTests
{
    private static Types Generator => Types.InAssembly(typeof(SiteBuilder).Assembly);

    /// <summary>Types of exactly <paramref name="ns"/> or its sub-namespaces (not of <c>StudyGuide.ContentTypes</c> for <c>StudyGuide.Content</c>).</summary>
    private static string Exactly(string ns) => $"^{Regex.Escape(ns)}(\\..*)?$";

    private static void AssertNoDependency(string from, IEnumerable<string> onAny)
    {
        var forbidden = onAny.Where(ns => ns != from).Distinct().ToArray();
        if (forbidden.Length == 0)
        {
            return;
        }
        var result = Generator.That().ResideInNamespaceMatching(Exactly(from))
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, $"{from} depends on one of {string.Join(", ", forbidden)}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void No_stage_depends_on_a_later_stage()
    {
        var namespaces = BuildStages.Order.Select(s => s.Namespace).Distinct().ToList();
        for (var i = 0; i < namespaces.Count; i++)
        {
            AssertNoDependency(namespaces[i], namespaces.Skip(i + 1).Concat(BuildStages.AfterStages));
        }
    }

    [Fact]
    public void The_foundations_depend_on_no_stage()
    {
        var stages = BuildStages.Order.Select(s => s.Namespace).Concat(BuildStages.AfterStages).ToList();
        foreach (var foundation in BuildStages.Foundations)
        {
            AssertNoDependency(foundation, stages);
        }
    }

    [Fact]
    public void Every_namespace_of_the_generator_has_a_place_in_the_order()
    {
        var placed = BuildStages.Order.Select(s => s.Namespace).Concat(BuildStages.Foundations).Concat(BuildStages.AfterStages).ToList();
        var namespaces = typeof(SiteBuilder).Assembly.GetTypes().Select(t => t.Namespace).OfType<string>().Where(ns => ns.StartsWith("StudyGuide", StringComparison.Ordinal)).Distinct();
        Assert.All(namespaces, ns => Assert.Contains(placed, p => Regex.IsMatch(ns, Exactly(p))));
    }

    /// <summary>The check above can fail: a rule broken on purpose is reported.</summary>
    [Fact]
    public void A_broken_rule_is_reported()
    {
        var result = Generator.That().ResideInNamespaceMatching(Exactly("StudyGuide.Pipeline"))
            .ShouldNot().HaveDependencyOnAny("StudyGuide.Loading").GetResult();
        Assert.False(result.IsSuccessful);
    }

    /// <summary>
    /// A one-off build is a function of its inputs: <see cref="SiteBuilder"/> holds configuration
    /// only, and every cache kept between builds belongs to a <see cref="PreviewSession"/>.
    /// </summary>
    [Fact]
    public void The_site_builder_holds_only_configuration()
    {
        Type[] configuration = [typeof(ContentFiles), typeof(ContentModel), typeof(HighlightCacheFile), typeof(BrandImageCacheFile)];
        var fields = typeof(SiteBuilder).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.NotEmpty(fields);
        Assert.All(fields, field =>
        {
            Assert.True(field.IsInitOnly, $"{field.Name} can change after construction");
            Assert.Contains(field.FieldType, configuration);
        });
        Assert.Contains(typeof(PreviewSession).GetFields(BindingFlags.Instance | BindingFlags.NonPublic), field => field.FieldType == typeof(BuildCaches));
    }

    [Fact]
    public void Go_is_named_only_inside_its_language()
    {
        var go = Path.Combine(RepoPaths.Root, "src", "StudyGuide", "CodeLanguages", "Go");
        var offenders = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(go + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && Regex.IsMatch(l.Text, "\"(go|golang|\\.go|source\\.go)\"|go\\.dev|golang\\.org"))
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
        Assert.Contains(Languages.All, l => l.FileExtension == ".go");
    }

    /// <summary>
    /// The generator's public types are exactly what the CLI uses (the types its compiled code
    /// refers to) and what their public members expose; everything else is internal, visible only
    /// to the tests and benchmarks. A type made public for no caller fails here.
    /// </summary>
    [Fact]
    public void The_generator_is_public_only_where_the_cli_needs_it()
    {
        var generator = typeof(SiteBuilder).Assembly;
        var cli = typeof(StudyGuide.Cli.App).Assembly;
        var needed = new HashSet<Type>(ReferencedTypes(cli.Location, generator));
        var queue = new Queue<Type>(needed);
        while (queue.TryDequeue(out var type))
        {
            foreach (var exposed in Exposed(type).SelectMany(Unwrap).Select(Outermost).Where(t => t.Assembly == generator))
            {
                if (needed.Add(exposed))
                {
                    queue.Enqueue(exposed);
                }
            }
        }
        var publicTypes = generator.GetExportedTypes().Where(t => t.DeclaringType is null).ToHashSet();
        var extra = publicTypes.Except(needed).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.True(extra.Count == 0, $"public, but nothing the CLI uses needs them (make them internal): {string.Join(", ", extra)}");
        Assert.Contains(typeof(SiteBuilder), needed);
    }

    /// <summary>Top-level types of <paramref name="target"/> that the compiled assembly at <paramref name="path"/> refers to.</summary>
    private static IEnumerable<Type> ReferencedTypes(string path, Assembly target)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            if (reference.ResolutionScope.Kind != HandleKind.AssemblyReference)
            {
                continue; // a nested type: its outer type is referenced too
            }
            var assembly = metadata.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope);
            if (metadata.GetString(assembly.Name) == target.GetName().Name)
            {
                var name = metadata.GetString(reference.Namespace) + "." + metadata.GetString(reference.Name);
                yield return target.GetType(name, throwOnError: true)!;
            }
        }
    }

    /// <summary>The types a type shows to code outside its assembly: base, interfaces, and the signatures of its public and protected members.</summary>
    private static IEnumerable<Type> Exposed(Type type)
    {
        const BindingFlags visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        static bool Outside(MethodBase? m) => m is not null && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }
        foreach (var item in type.GetInterfaces().Concat(type.GetNestedTypes().Where(n => n.IsNestedPublic)))
        {
            yield return item;
        }
        foreach (var method in type.GetMethods(visible).Cast<MethodBase>().Concat(type.GetConstructors(visible)).Where(Outside))
        {
            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }
        }
        foreach (var property in type.GetProperties(visible).Where(p => Outside(p.GetMethod) || Outside(p.SetMethod)))
        {
            yield return property.PropertyType;
        }
        foreach (var field in type.GetFields(visible).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            yield return field.FieldType;
        }
    }

    /// <summary>A type and the types it is made of: element types, generic arguments.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }
        return type.IsGenericType
            ? new[] { type.GetGenericTypeDefinition() }.Concat(type.GetGenericArguments().SelectMany(Unwrap))
            : [type];
    }

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}
