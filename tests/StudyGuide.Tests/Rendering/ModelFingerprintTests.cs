using StudyGuide.Rendering;
using StudyGuide.Rendering.Views;

namespace StudyGuide.Tests.Rendering;

/// <summary>The preview reuses a page's HTML when its fingerprint is unchanged, so a fingerprint must see everything a template can read.</summary>
public sealed class ModelFingerprintTests
{
    private readonly ModelFingerprint _fingerprint = new();

    private bool Same(object a, object b) => _fingerprint.Of(a).AsSpan().SequenceEqual(_fingerprint.Of(b));

    public record Base(string Name);

    public sealed record Derived(string Name, string Extra) : Base(Name);

    public sealed record Holder(Base Item, IReadOnlyList<object> Items);

    [Fact]
    public void Equal_values_in_different_instances_have_the_same_fingerprint()
    {
        Assert.True(Same(new Holder(new Derived("a", "b"), [1, "x", new TrustedHtml("<p>")]), new Holder(new Derived("a", "b"), [1, "x", new TrustedHtml("<p>")])));
    }

    [Fact]
    public void Any_difference_a_template_could_print_changes_it()
    {
        var holder = new Holder(new Derived("a", "b"), [1, "x", new TrustedHtml("<p>")]);
        Assert.False(Same(holder, holder with { Item = new Derived("a", "c") })); // a member only the runtime type has
        Assert.False(Same(holder, holder with { Items = [1, "x", new TrustedHtml("<p >")] }));
        Assert.False(Same(holder, holder with { Items = ["x", 1, new TrustedHtml("<p>")] }));
        Assert.False(Same(holder, holder with { Items = [2, "x", new TrustedHtml("<p>")] }));
        Assert.False(Same(new LinkView("ab", "c"), new LinkView("a", "bc")));
        Assert.False(Same(new Base("a"), new Derived("a", "")));
    }
}
