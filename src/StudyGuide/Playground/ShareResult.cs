using StudyGuide.Diagnostics;

namespace StudyGuide.Playground;

/// <summary>What <see cref="PlaygroundSharer"/> did.</summary>
/// <param name="Shared">Code files newly shared, each with the id the Playground gave it.</param>
/// <param name="AlreadyRecorded">Code files whose current code already had an id.</param>
/// <param name="Errors">Files that could not be shared, at their path.</param>
public sealed record ShareResult(IReadOnlyList<(string Path, string Id)> Shared, int AlreadyRecorded, IReadOnlyList<Diagnostic> Errors);
