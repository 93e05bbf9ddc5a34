namespace StudyGuide.Rendering;

/// <summary>A page as UTF-8 bytes, and its part of the print page when it has one.</summary>
internal sealed record RenderedPage(byte[] Html, byte[]? PrintPart);
