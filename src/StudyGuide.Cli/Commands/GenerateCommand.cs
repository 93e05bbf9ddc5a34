using System.CommandLine;
using StudyGuide.ContentTypes;
using StudyGuide.ContentTypes.Generation;

namespace StudyGuide.Cli.Commands;

/// <summary>
/// <c>studyguide generate</c>: writes the files made from the content types' declarations, the JSON
/// Schemas in <c>schema/</c> and the field tables of docs/content-model.md, for a contributor who
/// changed a declaration. A test fails while the committed files differ from what this writes.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(Reporter reporter)
    {
        var root = new Option<string>("--root") { Description = "The repository root (holds schema/ and docs/)", DefaultValueFactory = _ => "." };
        var command = new Command("generate", "Write schema/*.json and the field tables of docs/content-model.md from the content types") { root };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(root)!;
            if (!File.Exists(Path.Combine(folder, GeneratedFiles.ContentModelDocs)))
            {
                reporter.Error.WriteLine($"studyguide: --root '{folder}' has no {GeneratedFiles.ContentModelDocs}; run this from the repository root");
                return ExitCodes.Usage;
            }
            foreach (var (path, text) in GeneratedFiles.Of(ContentModel.Default, relative => File.ReadAllText(Path.Combine(folder, relative))))
            {
                var full = Path.Combine(folder, path);
                var changed = !File.Exists(full) || File.ReadAllText(full) != text;
                if (changed)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllText(full, text);
                }
                reporter.Out.WriteLine($"{(changed ? "wrote" : "unchanged")} {path}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
