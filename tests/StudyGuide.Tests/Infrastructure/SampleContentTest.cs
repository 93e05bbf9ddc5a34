namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// Base of tests that build the sample content: each test gets its own content folder
/// (<see cref="SampleContent"/>) and a scratch folder, both deleted after it.
/// </summary>
public abstract class SampleContentTest : IDisposable
{
    protected SampleContent Content { get; } = new();

    protected TempFolder Temp { get; } = new();

    public void Dispose()
    {
        Content.Dispose();
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
