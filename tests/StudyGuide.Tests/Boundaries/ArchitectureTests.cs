using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;
using StudyGuide.CodeLanguages;
using StudyGuide.ContentTypes;
using StudyGuide.Highlighting;
using StudyGuide.Loading;
using StudyGuide.Pipeline;
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
        Type[] configuration = [typeof(ContentFiles), typeof(ContentModel), typeof(HighlightCacheFile)];
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
}
