using System.Text;
using System.Text.RegularExpressions;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// Just enough PDF reading for print tests: the number of pages is the number of
/// <c>/Type /Page</c> objects (the page tree nodes are <c>/Type /Pages</c> and do not count).
/// Chromium writes page dictionaries uncompressed, so they can be found in the raw bytes.
/// </summary>
public static partial class PdfDocument
{
    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();

    public static int PageCount(byte[] pdf)
    {
        Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8), "not a PDF");
        return PageObject().Count(Encoding.Latin1.GetString(pdf));
    }
}
