using StudyGuide.Fuzzing.Mutations;

namespace StudyGuide.Fuzzing;

/// <summary>A mutation of one file of the input, by its path inside <c>input/</c>.</summary>
public sealed record FileMutation(string Path, Mutation Mutation)
{
    public override string ToString() => $"{Path}: {Mutation.Describe()}";
}

/// <summary>Case <see cref="Index"/> of a seeded run: the input with one or two mutations.</summary>
public sealed record FuzzCase(int Index, IReadOnlyList<FileMutation> Mutations)
{
    /// <summary>The mutation names, for the report (<c>deep-nesting+splice</c>).</summary>
    public string Names => string.Join('+', Mutations.Select(m => m.Mutation.Name));

    public string Describe() => string.Join("; ", Mutations);

    /// <summary>Writes the mutated input to <c><paramref name="folder"/>/input/</c>, before it is built, so a crash or hang leaves the case behind.</summary>
    public void WriteTo(string folder, SourceInput source)
    {
        var input = System.IO.Path.Combine(folder, "input");
        source.WriteTo(input);
        // A file the first mutation turned into a FIFO, link or folder is left as it is: reading
        // it to mutate it again would block or fail here instead of in the build.
        var special = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mutation in Mutations.Where(m => !special.Contains(m.Path)))
        {
            mutation.Mutation.ApplyTo(System.IO.Path.Combine(input, mutation.Path));
            if (mutation.Mutation is SpecialFile)
            {
                special.Add(mutation.Path);
            }
        }
    }
}
