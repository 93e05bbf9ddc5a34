namespace StudyGuide.CodeLanguages.Go;

/// <summary>One message a Go tool printed about a position in the code file.</summary>
/// <param name="Line">1-based line, as Go printed it.</param>
/// <param name="Column">1-based column; 1 when Go printed only a line (test failures, stack frames).</param>
internal sealed record GoMessage(int Line, int Column, string Text);
