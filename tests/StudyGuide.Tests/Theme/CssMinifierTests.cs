using StudyGuide.Theme;

namespace StudyGuide.Tests.Theme;

public sealed class CssMinifierTests
{
    [Theory]
    [InlineData("/* c */ a { color: red; }\n", "a{color:red}\n")]
    [InlineData(".a > .b , .c\n{\n  margin : 0 auto ;\n}", ".a>.b,.c{margin :0 auto}\n")]
    // A space before ':' is a descendant combinator; calc() needs its spaces around + and -.
    [InlineData("a :hover { width: calc(100% - 2rem + 1px); }", "a :hover{width:calc(100% - 2rem + 1px)}\n")]
    [InlineData("th::after { content: \" ▲ /* not a comment */ \"; font-family: \"Segoe UI\", x; }", "th::after{content:\" ▲ /* not a comment */ \";font-family:\"Segoe UI\",x}\n")]
    [InlineData("@media (prefers-color-scheme: dark) {\n  :root:not([data-theme=light]) { --bg: #14171c; }\n}", "@media (prefers-color-scheme:dark){:root:not([data-theme=light]){--bg:#14171c}}\n")]
    [InlineData("a{b:c}/* unterminated", "a{b:c}\n")]
    public void Minifies_without_changing_meaning(string css, string expected) => Assert.Equal(expected, CssMinifier.Minify(css));
}
