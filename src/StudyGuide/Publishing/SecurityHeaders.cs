using System.Collections.Immutable;

namespace StudyGuide.Publishing;

/// <summary>
/// The security headers of every response of the site, declared once. Three places deliver them
/// and all read them from here or are tested against here: the base layout's
/// <c>&lt;meta http-equiv="Content-Security-Policy"&gt;</c> and <c>&lt;meta name="referrer"&gt;</c>
/// (through <c>site.content_security_policy</c> and <c>site.referrer_policy</c>, for any static
/// host), <c>netlify.toml</c>'s <c>/*</c> header rule (a test compares it with <see cref="All"/>),
/// and <c>studyguide serve</c>, which sends <see cref="All"/> on every response.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The policy, directive by directive. Pages load only their own scripts, styles and fonts; the
    /// Go Playground is reached through the site's own <c>/play/</c> proxy and the preview's reload
    /// events come from its own origin, so <c>connect-src 'self'</c> covers both. Pagefind's search
    /// runs WebAssembly, hence <c>'wasm-unsafe-eval'</c> (WebAssembly only, never JavaScript eval).
    /// </summary>
    private static readonly ImmutableArray<(string Name, string Sources)> Directives =
    [
        ("default-src", "'self'"),
        ("script-src", "'self' 'wasm-unsafe-eval'"),
        ("style-src", "'self'"),
        ("img-src", "'self' data:"),
        ("connect-src", "'self'"),
        ("font-src", "'self'"),
        ("object-src", "'none'"),
        ("base-uri", "'self'"),
        ("form-action", "'self'"),
        ("frame-ancestors", "'none'"),
    ];

    /// <summary>
    /// Directives a policy in a <c>&lt;meta&gt;</c> element cannot carry: browsers ignore them there
    /// and log a warning (CSP Level 3, §3.3). They hold only as a header, so a host without
    /// headers (any static file server) leaves the site frameable; Netlify and <c>serve</c> do not.
    /// </summary>
    private static readonly ImmutableHashSet<string> HeaderOnly = ["frame-ancestors", "report-uri", "sandbox"];

    /// <summary>The full policy, as the <c>Content-Security-Policy</c> header.</summary>
    public static string ContentSecurityPolicy { get; } = Join(Directives);

    /// <summary>The policy a page's <c>&lt;meta&gt;</c> carries: the header's without the header-only directives.</summary>
    public static string MetaContentSecurityPolicy { get; } = Join(Directives.Where(d => !HeaderOnly.Contains(d.Name)));

    /// <summary>Links to other sites get the origin only, never the page's path.</summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>Every header and its value, in the order netlify.toml lists them.</summary>
    public static ImmutableArray<KeyValuePair<string, string>> All { get; } =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        // Browsers must not guess a type: a Markdown file served as text/plain stays text.
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", ReferrerPolicy),
        // The guide needs no device access; an injected script gets none either.
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ];

    private static string Join(IEnumerable<(string Name, string Sources)> directives) =>
        string.Join("; ", directives.Select(d => $"{d.Name} {d.Sources}"));
}
