namespace StudyGuide.Cli.Scaffolding;

/// <summary>A scaffold refused to write anything (the id is taken, not a slug, the bank does not exist…); the message says what to do.</summary>
public sealed class ScaffoldException(string message) : Exception(message);
