using System.Diagnostics;
using CsCheck;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Loading;

/// <summary>
/// <see cref="YamlFile.Parse"/> on text a pull request may hold: it reports problems as diagnostics,
/// never throws, and stays fast whatever the YAML, and a file that passes reads as before.
/// </summary>
public sealed class YamlFileTests
{
    /// <summary>The real YAML files of <c>input/</c>: what mutations start from.</summary>
    private static readonly string[] RealFiles = Directory.GetFiles(RepoPaths.Input, "*.yml", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>Fragments that reach the parser's and the event check's corners.</summary>
    private static readonly string[] Fragments =
    [
        "[", "]", "{", "}", "&a ", "*a", "&b [*a, *a]", "? ", "? [x]\n: y\n", "? *a\n: y\n", "---\n", "...\n", "\t",
        ": ", "- ", "\"", "'", "\\", "|\n", ">-\n", "\n", "#", "%YAML 1.2\n", "!!binary ", "!tag ", "\u001b", "\u202e", "\0",
    ];

    /// <summary>A real file with a few random edits: fragments spliced in, lines deleted or repeated.</summary>
    private static readonly Gen<string> MutatedYaml =
        Gen.Select(Gen.Int[0, RealFiles.Length - 1], Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1], Gen.Int[0, Fragments.Length - 1]).Array[1, 8])
            .Select((file, edits) => edits.Aggregate(RealFiles[file], (text, edit) => Mutate(text, edit.Item1, edit.Item2, Fragments[edit.Item3])));

    private static string Mutate(string text, int kind, double where, string fragment)
    {
        var at = (int)(where * text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end + 1 : text.Length;
        return kind switch
        {
            0 => text.Insert(at, fragment),
            1 => text.Remove(lineStart, lineEnd - lineStart),
            _ => text.Insert(lineStart, text[lineStart..lineEnd]),
        };
    }

    [Fact]
    public void Mutated_real_files_give_diagnostics_never_exceptions_and_stay_fast() =>
        MutatedYaml.Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var clock = Stopwatch.StartNew();
            var map = YamlFile.Parse("input/mutated.yml", text, diagnostics);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.Elapsed} for:\n{text}");
            Assert.True(map is not null || diagnostics.HasErrors, "refused without a reason");
            Assert.All(diagnostics.Sorted(), d => Assert.DoesNotContain(d.ToString(), SafeText.IsUnsafe));
        }, iter: 1000);

    [Fact]
    public void The_real_files_pass_the_event_check()
    {
        foreach (var text in RealFiles)
        {
            var diagnostics = new DiagnosticBag();
            Assert.NotNull(YamlFile.Parse("input/real.yml", text, diagnostics));
            Assert.Empty(diagnostics.Sorted());
        }
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n", "b", "1")]
    [InlineData("a: &x 1\na2: &x 2\nb: *x\n", "b", "2")]
    [InlineData("list: &l [1, 2]\nb: *l\n", "b", null)]
    public void Aliases_within_the_bounds_still_read_as_their_anchor(string yaml, string key, string? value)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.Parse("input/a.yml", yaml, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.NotNull(map);
        Assert.True(map.Has(key));
        if (value is not null)
        {
            Assert.Equal(value, map.RawString(key));
        }
    }

    [Theory]
    [InlineData("a: 1\nb:\n\tc: 2\n", 3, 1)]
    [InlineData("a: 1\n\tb: 2\n", 2, 1)]
    [InlineData("a:\n  - x\n  \t- y\n", 3, 3)]
    public void A_tab_in_indentation_is_reported_at_the_tab(string yaml, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlFile.Parse("input/t.yml", yaml, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(new SourceLocation("input/t.yml", line, column), error.Location);
        Assert.Contains("tab", error.Message);
    }

    [Fact]
    public void A_key_the_parser_leaves_without_a_value_is_an_error_not_an_exception()
    {
        // Found by the test above: YamlDotNet ends the mapping after the key alone, and its node model throws.
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlFile.Parse("input/k.yml", "a:\n  - x\n: ", diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("input/k.yml:3:2: error: invalid YAML: this key has no value; look for a stray ':' at the start of a line", error.ToString());
    }

    [Fact]
    public void Positions_in_front_matter_count_the_opening_line()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlFile.Parse("input/c.md", "title: x\norder: *o\n", diagnostics, lineOffset: 1));
        Assert.Equal(new SourceLocation("input/c.md", 3, 8), Assert.Single(diagnostics.Sorted()).Location);
    }
}
