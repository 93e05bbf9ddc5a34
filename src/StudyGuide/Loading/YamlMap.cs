using System.Globalization;
using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StudyGuide.Loading;

/// <summary>
/// A YAML mapping read against a small schema: the keys it may have and the keys it must have.
/// Unknown keys (typos), missing keys and values of the wrong shape are reported with their
/// location; readers return null or an empty list after reporting, so loading goes on and
/// every problem of a file is found in one run.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;

    /// <param name="keyPath">Where the mapping is in its file, like <c>questions[3]</c>; empty for the top level.</param>
    public YamlMap(YamlFile file, YamlMappingNode node, string keyPath)
    {
        File = file;
        _node = node;
        KeyPath = keyPath;
    }

    public YamlFile File { get; }

    /// <summary>Where this mapping is in its file (see <see cref="MarkdownSource.KeyPath"/>).</summary>
    public string KeyPath { get; }

    /// <summary>The key path of <paramref name="key"/> in this mapping.</summary>
    public string PathOf(string key) => KeyPath.Length == 0 ? key : $"{KeyPath}.{key}";

    public SourceLocation Location => File.Locate(_node);

    /// <summary>Checks the keys of a declared file type or field group (see <see cref="CheckKeys(IReadOnlyCollection{string}, IReadOnlyCollection{string})"/>).</summary>
    public bool CheckKeys(AllowedKeys keys) => CheckKeys(keys.Required, keys.Optional);

    /// <summary>
    /// Reports keys outside <paramref name="required"/> ∪ <paramref name="optional"/> and missing required keys.
    /// Returns false when a required key is missing.
    /// </summary>
    public bool CheckKeys(IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        var allowed = required.Concat(optional).ToList();
        var suggested = new HashSet<string>();
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                var suggestion = EditDistance.Suggest(name, allowed);
                var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
                File.Diagnostics.Error(File.Locate(key), $"unknown key {SafeText.Quote(name)}{hint}; allowed keys here: {string.Join(", ", allowed)}");
                if (suggestion is not null)
                {
                    suggested.Add(suggestion);
                }
            }
        }

        var complete = true;
        foreach (var key in required)
        {
            if (!Has(key) && suggested.Contains(key))
            {
                complete = false; // already reported as the misspelled key: one mistake, one message
            }
            else if (!Has(key))
            {
                File.Diagnostics.Error(Location, $"missing required key '{key}'");
                complete = false;
            }
        }
        return complete;
    }

    public bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    private YamlNode? Node(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Location of a key's value, or of the mapping when the key is absent.</summary>
    public SourceLocation LocationOf(string key) => Node(key) is { } n ? File.Locate(n) : Location;

    private YamlScalarNode? Scalar(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return scalar;
            case var other:
                File.Diagnostics.Error(File.Locate(other), $"'{key}' must be a single value, not a list or mapping");
                return null;
        }
    }

    /// <summary>A non-empty text value, or null (reported if present but empty or not a scalar).</summary>
    public string? String(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }
        var value = scalar.Value?.Trim() ?? "";
        if (value.Length == 0)
        {
            File.Diagnostics.Error(File.Locate(scalar), $"'{key}' must not be empty");
            return null;
        }
        if (value.Length > MaxOneLineLength)
        {
            File.Diagnostics.Error(File.Locate(scalar),
                $"'{key}' is {value.Length} characters long; a one-line value holds at most {MaxOneLineLength} (titles and summaries are repeated on many pages): shorten it");
            return null;
        }
        return value;
    }

    /// <summary>
    /// The longest one-line value (an id, a title, a summary, a URL). Such values are repeated on
    /// many pages (a site title on every one), so without a bound a single long line would
    /// multiply into hundreds of megabytes of output.
    /// </summary>
    public const int MaxOneLineLength = 1_000;

    /// <summary>Text as written (block scalars keep their line breaks), or null.</summary>
    public string? RawString(string key) => Scalar(key)?.Value;

    public MarkdownSource? Markdown(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            File.Diagnostics.Error(File.Locate(scalar), $"'{key}' must not be empty");
            return null;
        }
        return File.MarkdownOf(scalar, PathOf(key));
    }

    /// <summary>Stands in for the Markdown field <paramref name="key"/>, missing or invalid (its error is reported).</summary>
    public MarkdownSource MissingMarkdown(string key) => MarkdownSource.Missing(Location, PathOf(key));

    public int? Int(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }
        if (int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        File.Diagnostics.Error(File.Locate(scalar), $"'{key}' must be a whole number, not {SafeText.Quote(scalar.Value)}");
        return null;
    }

    /// <summary>A slug-shaped id; reports values that are not lowercase-hyphenated slugs.</summary>
    public string? Id(string key)
    {
        var value = String(key);
        if (value is not null && !Slug.IsValid(value))
        {
            File.Diagnostics.Error(LocationOf(key),
                $"'{key}' must be a slug of lowercase letters, digits and single hyphens, like '{Slug.From(value)}'");
            return null;
        }
        return value;
    }

    /// <summary>One of a fixed set of words; reports anything else with the allowed values.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices) where T : struct =>
        ChoiceWord(key, choices) is { } word ? choices[word] : null;

    /// <summary>One of a fixed set of words standing for objects (a question kind, say).</summary>
    public T? ChoiceOf<T>(string key, IReadOnlyDictionary<string, T> choices) where T : class =>
        ChoiceWord(key, choices) is { } word ? choices[word] : null;

    private string? ChoiceWord<T>(string key, IReadOnlyDictionary<string, T> choices)
    {
        var value = String(key);
        if (value is null || choices.ContainsKey(value))
        {
            return value;
        }
        File.Diagnostics.Error(LocationOf(key),
            $"{SafeText.Quote(value)} is not a valid {key}{EditDistance.DidYouMean(value, choices.Keys)}; use one of: {string.Join(", ", choices.Keys)}");
        return null;
    }

    private YamlSequenceNode? Sequence(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlSequenceNode sequence:
                return sequence;
            case var other:
                File.Diagnostics.Error(File.Locate(other), $"'{key}' must be a list (lines starting with '- ' or [a, b])");
                return null;
        }
    }

    /// <summary>Scalar items of a list with their locations; non-scalar items are reported.</summary>
    public IReadOnlyList<(YamlScalarNode Node, SourceLocation Location, int Index)> ScalarItems(string key)
    {
        var items = new List<(YamlScalarNode, SourceLocation, int)>();
        var index = 0;
        foreach (var item in Sequence(key)?.Children ?? [])
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                items.Add((scalar, File.Locate(scalar), index));
            }
            else
            {
                File.Diagnostics.Error(File.Locate(item), $"each item of '{key}' must be a non-empty text value");
            }
            index++;
        }
        return items;
    }

    public IReadOnlyList<string> StringList(string key) => ScalarItems(key).Select(i => i.Node.Value!.Trim()).ToList();

    public IReadOnlyList<MarkdownSource> MarkdownList(string key) => ScalarItems(key).Select(i => File.MarkdownOf(i.Node, $"{PathOf(key)}[{i.Index}]")).ToList();

    /// <summary>A nested mapping, or null (reported if present but not a mapping).</summary>
    public YamlMap? Map(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new YamlMap(File, mapping, PathOf(key));
            case var other:
                File.Diagnostics.Error(File.Locate(other), $"'{key}' must be a mapping of 'key: value' lines");
                return null;
        }
    }

    /// <summary>The mappings of a list of mappings; other items are reported.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var maps = new List<YamlMap>();
        var index = 0;
        foreach (var item in Sequence(key)?.Children ?? [])
        {
            if (item is YamlMappingNode mapping)
            {
                maps.Add(new YamlMap(File, mapping, $"{PathOf(key)}[{index}]"));
            }
            else
            {
                File.Diagnostics.Error(File.Locate(item), $"each item of '{key}' must be a mapping of 'key: value' lines");
            }
            index++;
        }
        return maps;
    }
}
