namespace StudyGuide.Tests.Infrastructure;

/// <summary>Checks on the console errors <see cref="Browser.NewPageAsync"/> collects.</summary>
public static class ConsoleErrors
{
    /// <summary>
    /// No script errors. Failed resource loads are left out: Chromium asks every site for
    /// /favicon.ico, which the guide does not have, and logs the 404 as an error.
    /// </summary>
    public static void AssertNone(IEnumerable<string> errors) =>
        Assert.DoesNotContain(errors, e => !e.StartsWith("Failed to load resource", StringComparison.Ordinal));
}
