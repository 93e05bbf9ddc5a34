namespace StudyGuide.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;

    /// <summary>A bug in the generator (an exception nothing expected): one line on stderr, the stack trace with --verbose.</summary>
    public const int Internal = 3;
}
