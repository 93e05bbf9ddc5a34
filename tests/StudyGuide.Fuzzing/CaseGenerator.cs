using CsCheck;
using StudyGuide.Fuzzing.Mutations;

namespace StudyGuide.Fuzzing;

/// <summary>
/// The CsCheck generator of cases: a file of the input and a mutation that fits its kind, once
/// (most cases) or twice. Case <c>k</c> of seed <c>s</c> is generated from its own PCG stream
/// (<c>new PCG(k, s)</c>), so it can be regenerated alone (<c>fuzz --seed s --case k</c>).
/// </summary>
public sealed class CaseGenerator
{
    private readonly Gen<IReadOnlyList<FileMutation>> _cases;

    public CaseGenerator(SourceInput source)
    {
        // By kind first: the Go files outnumber the rest, but YAML and Markdown are where most of the parsing is.
        var byKind = source.Files.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.ToList());
        var fileMutation = Gen.Frequency(KindWeights.Where(w => byKind.ContainsKey(w.Kind)).Select(w =>
        {
            var files = byKind[w.Kind];
            return (w.Weight, (IGen<FileMutation>)Gen.Int[0, files.Count - 1].SelectMany(i => MutationOf(source, files[i]).Select(m => new FileMutation(files[i].Path, m))));
        }).ToArray());
        _cases = Gen.Frequency(
            (4, fileMutation.Select(m => (IReadOnlyList<FileMutation>)[m])),
            (1, Gen.Select(fileMutation, fileMutation, (a, b) => (IReadOnlyList<FileMutation>)[a, b])));
    }

    private static readonly (FileKind Kind, int Weight)[] KindWeights = [(FileKind.Yaml, 4), (FileKind.Markdown, 3), (FileKind.Go, 2), (FileKind.Other, 1)];

    public FuzzCase Case(ulong seed, int index) => new(index, _cases.Generate(new PCG((uint)index, seed), null!, out _));

    private static Gen<Mutation> MutationOf(SourceInput source, SourceFile file)
    {
        var everywhere = new List<(int, IGen<Mutation>)>
        {
            (3, ByteFlipsGen),
            (3, DeleteLinesGen),
            (3, DuplicateLinesGen),
            (3, SpliceGen(source, file)),
            (2, ControlCharactersGen),
            (1, Gen.UInt.Select(p => (Mutation)new Truncate(p))),
            (1, Gen.Int[0, LineEndings.Variants.Length - 1].Select(v => (Mutation)new LineEndings(v))),
            (1, Gen.Int[0, SpecialFile.Kinds.Length - 1].Select(k => (Mutation)new SpecialFile(k))),
        };
        switch (file.Kind)
        {
            case FileKind.Markdown or FileKind.Yaml:
                everywhere.Add((3, DeepMarkdownGen));
                everywhere.Add((2, LongLinesGen(0, 1)));
                everywhere.Add((2, AliasBombGen));
                everywhere.Add((1, DeepYamlGen));
                everywhere.Add((2, OddYamlNodeGen));
                everywhere.Add((1, LongLinesGen(3, 3)));
                break;
            case FileKind.Go:
                everywhere.Add((3, LongLinesGen(2, 2)));
                break;
        }
        if (file.Kind == FileKind.Yaml)
        {
            everywhere.Add((1, Gen.Int[0, SecondDocument.Markers.Length - 1].Select(Gen.UInt, (m, l) => (Mutation)new SecondDocument(m, l))));
            everywhere.Add((1, Gen.UInt.Select(l => (Mutation)new TabIndent(l))));
            everywhere.Add((1, Gen.Int[0, source.Ids.Count - 1].Select(Gen.UInt, (i, l) => (Mutation)new IdClash(source.Ids[i], l))));
        }
        return Gen.Frequency(everywhere.ToArray());
    }

    private static readonly Gen<Mutation> ByteFlipsGen = Gen.Int[1, 16].SelectMany(n =>
        Gen.Select(Gen.UInt.Array[n], Gen.Byte[1, 255].Array[n], (p, m) => (Mutation)new ByteFlips(p, m)));

    private static readonly Gen<Mutation> DeleteLinesGen = Gen.Select(Gen.UInt, Gen.Int[1, 20], (s, c) => (Mutation)new DeleteLines(s, c));

    private static readonly Gen<Mutation> DuplicateLinesGen = Gen.Select(Gen.UInt, Gen.Int[1, 20], Gen.UInt, (s, c, t) => (Mutation)new DuplicateLines(s, c, t));

    private static readonly Gen<Mutation> ControlCharactersGen = Gen.Int[1, 8].SelectMany(n =>
        Gen.Select(Gen.UInt.Array[n], Gen.Int[0, ControlCharacters.Insertions.Length - 1].Array[n], (p, k) => (Mutation)new ControlCharacters(p, k)));

    /// <summary>Nesting depth: mostly around Markdig's and YamlDotNet's limits, sometimes far past them.</summary>
    private static readonly Gen<int> Depth = Gen.Frequency((3, Gen.Int[10, 500]), (3, Gen.Int[500, 5000]), (1, Gen.Int[5000, 20000]));

    private static readonly Gen<Mutation> DeepMarkdownGen = Gen.Select(Gen.Int[0, DeepMarkdown.Styles.Length - 1], Depth, Gen.UInt, (s, d, p) => (Mutation)new DeepMarkdown(s, d, p));

    private static readonly Gen<Mutation> DeepYamlGen = Gen.Select(Gen.Bool, Depth, (m, d) => (Mutation)new DeepYaml(m, d));

    private static readonly Gen<Mutation> AliasBombGen = Gen.Select(Gen.Int[2, 9], Gen.Int[2, 10], Gen.Int[0, AliasBomb.Uses.Length - 1], (l, w, u) => (Mutation)new AliasBomb(l, w, u));

    private static readonly Gen<Mutation> OddYamlNodeGen = Gen.Select(Gen.Bool, Gen.Int[0, OddYamlNode.Nodes.Length - 1], Gen.UInt, (k, n, l) => (Mutation)new OddYamlNode(k, n, l));

    /// <summary>Line length: mostly thousands of characters, sometimes a megabyte.</summary>
    private static readonly Gen<int> Length = Gen.Frequency((4, Gen.Int[1_000, 10_000]), (3, Gen.Int[10_000, 100_000]), (1, Gen.Int[100_000, 1_100_000]));

    private static Gen<Mutation> LongLinesGen(int firstPlace, int lastPlace) =>
        Gen.Select(Gen.Int[firstPlace, lastPlace], Gen.Int[0, LongLines.Patterns.Length - 1], Length, Gen.Int[1, 8], Gen.UInt,
            (place, pattern, length, count, spot) => (Mutation)new LongLines(place, pattern, length, count, spot));

    /// <summary>1–30 lines of another YAML or Markdown file (Go files for Go files).</summary>
    private static Gen<Mutation> SpliceGen(SourceInput source, SourceFile file)
    {
        var donors = source.Files.Where(f => f.Path != file.Path && (file.Kind == FileKind.Go ? f.Kind == FileKind.Go : f.Kind is FileKind.Yaml or FileKind.Markdown)).ToList();
        return Gen.Int[0, donors.Count - 1].SelectMany(d =>
        {
            var lines = donors[d].Lines;
            return Gen.Select(Gen.Int[0, lines.Length - 1], Gen.Int[1, 30], Gen.UInt,
                (start, count, target) => (Mutation)new Splice(donors[d].Path, lines[start..Math.Min(lines.Length, start + count)], target));
        });
    }
}
