using System.Security.Cryptography;
using System.Text;
using SkiaSharp;
using StudyGuide.Diagnostics;
using StudyGuide.Theme;

namespace StudyGuide.Sharing;

/// <summary>A PNG the build draws and publishes under <c>/assets/</c> with a hash in its name.</summary>
internal sealed record BrandImage(string FileName, string Url, int Width, int Height, byte[] Bytes)
{
    /// <summary>The image published as <paramref name="fileName"/> with the hash of its bytes in the URL.</summary>
    public static BrandImage Of(string fileName, int width, int height, byte[] bytes) =>
        new(fileName, ThemeAssets.HashedUrl(fileName, bytes), width, height, bytes);
}

/// <summary>
/// The images drawn at build time: the share image of every page (1200×630, what a chat or a
/// social network shows beside a shared link) and the web app's icons (192 and 512 pixels square,
/// which browsers need to offer the guide for installing).
/// </summary>
internal sealed record BrandImageSet(BrandImage Share, BrandImage Icon192, BrandImage Icon512)
{
    /// <summary>The alternative text of the share image, as the tags give it.</summary>
    public static string ShareAlt(string siteTitle) => $"{siteTitle}: the title and description of the guide on its blue card";

    public IEnumerable<BrandImage> All => [Share, Icon192, Icon512];
}

/// <summary>
/// Draws the <see cref="BrandImageSet"/> with SkiaSharp from the site's title and description and
/// the theme's fonts (<c>theme/assets/fonts/</c>, so no system font is ever used). The same input
/// gives the same bytes: Skia's PNG encoder writes no time stamp, and the drawing depends on
/// nothing but the text, the fonts and SkiaSharp's version. Drawing and encoding take a few tens
/// of milliseconds, so an instance keeps the last set for its next call (the preview session keeps
/// one instance for all its builds), and with a <paramref name="file"/> the last set outlives the
/// process too (every build after the first).
/// </summary>
/// <param name="file">Where the last set is kept between processes, or null to draw afresh.</param>
internal sealed class BrandImages(BrandImageCacheFile? file = null)
{
    public const int ShareWidth = 1200;
    public const int ShareHeight = 630;
    public const string TitleFont = ThemeContract.TitleFont;
    public const string TextFont = ThemeContract.TextFont;

    /// <summary>The theme's accent (<c>--accent</c> of the light theme) and the favicon's colour.</summary>
    public const string AccentColor = "#00668a";

    private static readonly SKColor Accent = SKColor.Parse(AccentColor);
    private static readonly SKColor Soft = new(0xd9, 0xee, 0xf5);

    private (string Key, IReadOnlyDictionary<string, byte[]> Fonts, BrandImageSet Images)? _last;

    /// <summary>The images for a site, or null after reporting a font the theme lacks.</summary>
    /// <param name="fontFolder">Where the fonts belong, for the error when one is missing.</param>
    public BrandImageSet? Render(string title, string description, string baseUrl, IReadOnlyDictionary<string, byte[]> fonts,
        string fontFolder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var key = string.Join('\n', title, description, baseUrl);
        if (_last is { } last && last.Key == key && ReferenceEquals(last.Fonts, fonts))
        {
            return last.Images;
        }
        var missing = new[] { TitleFont, TextFont }.Where(f => !fonts.ContainsKey(f)).ToList();
        foreach (var font in missing)
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath(Path.Combine(fontFolder, font))),
                "this font is missing: the build draws the share image and the app icons with it");
        }
        if (missing.Count > 0)
        {
            return null;
        }
        var images = file is null ? Draw(title, description, baseUrl, fonts) : ReadOrDraw(file, title, description, baseUrl, fonts);
        _last = (key, fonts, images);
        return images;
    }

    /// <summary>The set <paramref name="file"/> keeps for these inputs, or a new drawing, which the file then keeps.</summary>
    private static BrandImageSet ReadOrDraw(BrandImageCacheFile file, string title, string description, string baseUrl, IReadOnlyDictionary<string, byte[]> fonts)
    {
        var fileKey = FileKey(title, description, baseUrl, fonts);
        if (file.Read(fileKey) is { } kept)
        {
            return kept;
        }
        var drawn = Draw(title, description, baseUrl, fonts);
        file.Write(fileKey, drawn);
        return drawn;
    }

    /// <summary>Everything the pixels depend on besides the code and Skia (which the file's stamp covers): the text and both fonts.</summary>
    internal static string FileKey(string title, string description, string baseUrl, IReadOnlyDictionary<string, byte[]> fonts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { Encoding.UTF8.GetBytes(string.Join('\n', title, description, baseUrl)), fonts[TitleFont], fonts[TextFont] })
        {
            hash.AppendData(BitConverter.GetBytes(part.Length));
            hash.AppendData(part);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static BrandImageSet Draw(string title, string description, string baseUrl, IReadOnlyDictionary<string, byte[]> fonts)
    {
        using var bold = Typeface(fonts[TitleFont]);
        using var regular = Typeface(fonts[TextFont]);
        return new BrandImageSet(
            Image("share.png", ShareWidth, ShareHeight, canvas => DrawShare(canvas, title, description, HostOf(baseUrl), bold, regular)),
            Icon(192),
            Icon(512));
    }

    private static SKTypeface Typeface(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("the theme's font could not be read");
    }

    private static string HostOf(string baseUrl) => Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : baseUrl;

    private static BrandImage Icon(int size) => Image($"icon-{size}.png", size, size, canvas => DrawMark(canvas, 0, 0, size));

    private static BrandImage Image(string fileName, int width, int height, Action<SKCanvas> draw)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.Transparent);
        draw(surface.Canvas);
        using var snapshot = surface.Snapshot();
        using var png = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        var bytes = png.ToArray();
        return BrandImage.Of(fileName, width, height, bytes);
    }

    /// <summary>
    /// The favicon (<c>theme/assets/favicon.svg</c>, a 32-unit square) drawn at <paramref name="size"/>
    /// pixels: a rounded blue square with three lines of text and a magnifying-glass ring.
    /// </summary>
    private static void DrawMark(SKCanvas canvas, float x, float y, float size)
    {
        var unit = size / 32f;
        using var fill = new SKPaint { Color = Accent, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawRoundRect(new SKRect(x, y, x + size, y + size), 6 * unit, 6 * unit, fill);
        using var stroke = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2.5f * unit, StrokeCap = SKStrokeCap.Round };
        foreach (var (x1, x2, lineY) in new[] { (9f, 18f, 11f), (7f, 18f, 16f), (10f, 18f, 21f) })
        {
            canvas.DrawLine(x + (x1 * unit), y + (lineY * unit), x + (x2 * unit), y + (lineY * unit), stroke);
        }
        canvas.DrawCircle(x + (23 * unit), y + (16 * unit), 4 * unit, stroke);
    }

    private static void DrawShare(SKCanvas canvas, string title, string description, string host, SKTypeface bold, SKTypeface regular)
    {
        canvas.Clear(Accent);
        const float margin = 80;
        const float width = ShareWidth - (2 * margin);
        using (var frame = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 4 })
        {
            canvas.DrawRoundRect(new SKRect(margin, margin, margin + 120, margin + 120), 24, 24, frame);
        }
        DrawMark(canvas, margin + 4, margin + 4, 112);

        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var soft = new SKPaint { Color = Soft, IsAntialias = true };
        using var titleFont = new SKFont(bold, 76) { Subpixel = false, Edging = SKFontEdging.Antialias };
        using var textFont = new SKFont(regular, 36) { Subpixel = false, Edging = SKFontEdging.Antialias };
        var y = margin + 120 + 110f;
        foreach (var line in Wrap(title, titleFont, width, maxLines: 2))
        {
            canvas.DrawText(line, margin, y, SKTextAlign.Left, titleFont, white);
            y += 90;
        }
        y += 6;
        foreach (var line in Wrap(description, textFont, width, maxLines: 3))
        {
            canvas.DrawText(line, margin, y, SKTextAlign.Left, textFont, soft);
            y += 50;
        }
        canvas.DrawText(host, margin, ShareHeight - 50, SKTextAlign.Left, textFont, white);
    }

    /// <summary>Lines of at most <paramref name="width"/> pixels, broken at spaces; the last one ends with an ellipsis when text is left over.</summary>
    private static List<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var current = "";
        for (var i = 0; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : current + " " + words[i];
            if (current.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(current);
                current = words[i];
                if (lines.Count == maxLines)
                {
                    lines[^1] = Ellipsize(lines[^1], font, width);
                    return lines;
                }
            }
            else
            {
                current = candidate;
            }
        }
        if (current.Length > 0)
        {
            lines.Add(font.MeasureText(current) > width ? Ellipsize(current, font, width) : current);
        }
        return lines;
    }

    private static string Ellipsize(string line, SKFont font, float width)
    {
        var cut = line;
        while (cut.Length > 0 && font.MeasureText(cut + "…") > width)
        {
            var space = cut.LastIndexOf(' ');
            cut = space > 0 ? cut[..space] : cut[..^1];
        }
        return cut.TrimEnd(',', ';', ':', ' ', '—', '-') + "…";
    }
}
