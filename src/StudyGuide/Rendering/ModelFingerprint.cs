using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace StudyGuide.Rendering;

/// <summary>
/// A SHA-256 of everything a template can read from a value: strings, numbers, lists, and the
/// public properties and fields of objects, by their runtime types (so a subclass's extra members
/// count even behind a base-typed property). Two values with the same fingerprint render the
/// same. Types' members are looked up once per instance of this class; thread-safe.
/// </summary>
internal sealed class ModelFingerprint
{
    private const int MaxDepth = 64;

    private readonly ConcurrentDictionary<Type, MemberInfo[]> _members = new();

    public byte[] Of(params object?[] values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var value in values)
        {
            Add(hash, value, 0);
        }
        return hash.GetHashAndReset();
    }

    private void Add(IncrementalHash hash, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("page model nests too deep to fingerprint (a cycle?)");
        }
        switch (value)
        {
            case null:
                Write(hash, "null");
                return;
            case string text:
                Write(hash, $"s{text.Length}:");
                Write(hash, text);
                return;
            case bool or char:
                Write(hash, $"{value.GetType().Name}:{value};");
                return;
            case IFormattable formattable: // numbers, enums
                Write(hash, $"{value.GetType().Name}:{formattable.ToString(null, CultureInfo.InvariantCulture)};");
                return;
            case IEnumerable items:
                Write(hash, "[");
                foreach (var item in items)
                {
                    Add(hash, item, depth + 1);
                }
                Write(hash, "]");
                return;
        }
        var type = value.GetType();
        Write(hash, $"{{{type.FullName}");
        foreach (var member in Members(type))
        {
            Write(hash, $"|{member.Name}=");
            Add(hash, member is PropertyInfo property ? property.GetValue(value) : ((FieldInfo)member).GetValue(value), depth + 1);
        }
        Write(hash, "}");
    }

    /// <summary>What Scriban can read: public instance properties (without indexers) and fields, in a fixed order.</summary>
    private MemberInfo[] Members(Type type) => _members.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).Cast<MemberInfo>()
        .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance))
        .OrderBy(m => m.Name, StringComparer.Ordinal)
        .ToArray());

    private static void Write(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
