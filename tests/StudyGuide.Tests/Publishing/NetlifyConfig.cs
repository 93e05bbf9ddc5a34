using StudyGuide.Tests.Infrastructure;
using Tomlyn;
using Tomlyn.Model;

namespace StudyGuide.Tests.Publishing;

/// <summary>netlify.toml, parsed with Tomlyn, and Netlify's rule for which header rules apply to a path.</summary>
public sealed class NetlifyConfig
{
    private NetlifyConfig(TomlTable model) => Model = model;

    public TomlTable Model { get; }

    public static NetlifyConfig Load() => new(TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")))!);

    public TomlTable Build => (TomlTable)Model["build"];

    public IEnumerable<TomlTable> Redirects => (TomlTableArray)Model["redirects"];

    public IReadOnlyList<(string For, IReadOnlyDictionary<string, string> Values)> Headers => ((TomlTableArray)Model["headers"])
        .Select(rule => ((string)rule["for"], (IReadOnlyDictionary<string, string>)((TomlTable)rule["values"]).ToDictionary(v => v.Key, v => (string)v.Value)))
        .ToList();

    /// <summary>The header rules whose <c>for</c> matches a URL path: exact, or a prefix when it ends with <c>*</c>.</summary>
    public IEnumerable<IReadOnlyDictionary<string, string>> HeadersFor(string urlPath) => Headers
        .Where(rule => rule.For.EndsWith('*') ? urlPath.StartsWith(rule.For[..^1], StringComparison.Ordinal) : urlPath == rule.For)
        .Select(rule => rule.Values);

    /// <summary>The headers every response gets (the <c>/*</c> rule): what the CSP test serves.</summary>
    public IReadOnlyDictionary<string, string> SiteWideHeaders => Headers.Single(rule => rule.For == "/*").Values;

    /// <summary>A CSP as directive → sources.</summary>
    public static Dictionary<string, string> Directives(string policy) => policy
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.Split(' ', 2))
        .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
}
