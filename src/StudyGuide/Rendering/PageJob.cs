using StudyGuide.Rendering.Views;

namespace StudyGuide.Rendering;

/// <summary>
/// One page to write: its URL, the layout that renders it, and a function that builds its
/// model. Models are built lazily inside the parallel render loop, so planning stays cheap.
/// Chapters, banks and questions also render their <see cref="PrintPart"/> of the print page.
/// </summary>
internal sealed record PageJob(string Url, string Layout, PageView Page, Func<object> Model, PrintPart? PrintPart = null);
