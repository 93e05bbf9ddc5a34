using System.Text;

namespace StudyGuide.Fuzzing.Mutations;

/// <summary>Flips bits of a few bytes anywhere (which also makes invalid UTF-8).</summary>
public sealed record ByteFlips(uint[] Positions, byte[] Masks) : ContentMutation
{
    public override string Name => "byte-flips";

    public override string Describe() => $"{Name}: {Positions.Length} bytes at raw positions {string.Join(',', Positions)} xor {Convert.ToHexString(Masks)}";

    public override byte[] Transform(byte[] content)
    {
        var bytes = content.ToArray();
        for (var i = 0; i < Positions.Length && bytes.Length > 0; i++)
        {
            bytes[Pick(Positions[i], bytes.Length)] ^= Masks[i];
        }
        return bytes;
    }
}

/// <summary>
/// Inserts control characters, terminal escape sequences, Unicode line and bidirectional-override
/// characters, a BOM or invalid UTF-8 at a few places.
/// </summary>
public sealed record ControlCharacters(uint[] Positions, int[] Kinds) : ContentMutation
{
    /// <summary>What is inserted: bytes, so invalid UTF-8 (a lone surrogate, 0xFF, an overlong NUL) is possible.</summary>
    public static readonly byte[][] Insertions =
    [
        [0x00], [0x07], [0x08], [0x0B], [0x0C], [0x0D], [0x1B], [0x7F],
        "\u001b[31mred\u001b[0m"u8.ToArray(), "\u001b]0;title\u0007"u8.ToArray(), "\u001b[2J"u8.ToArray(),
        "\u0085"u8.ToArray(), "\u2028"u8.ToArray(), "\u2029"u8.ToArray(), "\u202e"u8.ToArray(), "\u2066"u8.ToArray(),
        "\ufeff"u8.ToArray(), "\ufffe"u8.ToArray(), [0xED, 0xA0, 0x80], [0xFF], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    ];

    public override string Name => "control-characters";

    public override string Describe() =>
        $"{Name}: {string.Join(", ", Positions.Zip(Kinds, (p, k) => $"{Convert.ToHexString(Insertions[k])} at raw {p}"))}";

    public override byte[] Transform(byte[] content)
    {
        var bytes = content.ToList();
        foreach (var (position, kind) in Positions.Zip(Kinds))
        {
            bytes.InsertRange(Pick(position, bytes.Count + 1), Insertions[kind]);
        }
        return bytes.ToArray();
    }
}

/// <summary>Cuts the file at a random byte (possibly inside a multi-byte character or the front matter).</summary>
public sealed record Truncate(uint Position) : ContentMutation
{
    public override string Name => "truncate";

    public override string Describe() => $"{Name}: at raw position {Position}";

    public override byte[] Transform(byte[] content) => content[..Pick(Position, content.Length + 1)];
}

/// <summary>Changes how the file's lines end or the file begins and ends.</summary>
public sealed record LineEndings(int Variant) : ContentMutation
{
    public static readonly string[] Variants = ["crlf", "cr", "bom", "no-final-newline", "trailing-nul", "empty", "whitespace-only"];

    public override string Name => "line-endings";

    public override string Describe() => $"{Name}: {Variants[Variant]}";

    public override byte[] Transform(byte[] content)
    {
        var text = Encoding.UTF8.GetString(content);
        return Variants[Variant] switch
        {
            "crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            "cr" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r", StringComparison.Ordinal)),
            "bom" => [0xEF, 0xBB, 0xBF, .. content],
            "no-final-newline" => Encoding.UTF8.GetBytes(text.TrimEnd('\n', ' ')),
            "trailing-nul" => [.. content, 0],
            "empty" => [],
            _ => " \n\t\n"u8.ToArray(),
        };
    }
}
