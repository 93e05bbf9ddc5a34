using StudyGuide.Content;
using StudyGuide.Routing;

namespace StudyGuide.Cli.Scaffolding;

/// <summary>
/// <c>studyguide new problem &lt;bank&gt; &lt;id&gt;</c>: appends a question with every field of its
/// bank's kind (each commented) to <c>input/banks/&lt;bank&gt;.yml</c>, and for coding and concept
/// banks writes <c>input/banks/&lt;bank&gt;/&lt;id&gt;.go</c>: a program that builds with Go 1.19, is
/// gofmt-clean, and prints exactly the question's <c>expected_output</c>.
/// </summary>
public static class QuestionScaffold
{
    public static Scaffold Create(ExistingContent content, string bankId, string id)
    {
        var bank = content.Content.Banks.FirstOrDefault(b => b.Id == bankId);
        if (bank is null)
        {
            // A bank file that is there but could not be loaded: its own errors say why.
            var errors = content.ErrorsOf(content.Input.PathOf("banks", bankId));
            if (errors.Count > 0)
            {
                throw new ScaffoldException($"cannot add a question to the bank '{bankId}' until the errors above are fixed; nothing was changed", errors);
            }
            var banks = string.Join(", ", content.Content.Banks.Select(b => b.Id));
            throw new ScaffoldException($"there is no bank '{bankId}' (input/banks/{bankId}.yml or .yaml); banks: {banks}");
        }
        content.CheckNewId(id, "question");
        // The file the bank was loaded from, whichever YAML extension it has.
        var bankPath = content.Input.FromRepositoryPath(bank.SourcePath);
        var hasCode = bank.Kind is BankKind.Coding or BankKind.Concept;
        var codePath = content.Input.PathOf("banks", bankId, id + ".go");
        if (hasCode && File.Exists(codePath))
        {
            throw new ScaffoldException($"{content.Input.DisplayPath(codePath)} already exists");
        }

        // A topic the bank already uses, as a placeholder that keeps the topics page tidy.
        var topic = bank.Questions.SelectMany(q => q.Topics).FirstOrDefault() ?? "general";
        var question = Yaml(bank.Kind, id, topic, $"{bankId}/{id}.go");
        var line = BankAppender.Append(bankPath, content.Input.DisplayPath(bankPath), id, question);
        var bankFile = content.Input.DisplayPath(bankPath);
        var done = new List<string> { $"Added question '{id}' to {bankFile}:{line}" };
        var next = new List<string>
        {
            $"Edit the question at {bankFile}:{line}: title, difficulty, topics, prompt, answer and the rest (each field is commented).",
        };
        if (hasCode)
        {
            done.Add($"Created {content.Create(codePath, GoProgram)}");
            next.Add($"Write the program in {content.Input.DisplayPath(codePath)}; keep main printing the prompt's examples, and make expected_output its exact output.");
        }
        next.AddRange(Scaffold.PreviewAndCheck(Routes.Question.For(id)));
        return new Scaffold(done, next);
    }

    /// <summary>The program a new question starts with, and what it prints (its <c>expected_output</c>).</summary>
    public const string GoProgram = """
        package main

        import "fmt"

        // solve stands in for the solution: replace it, and keep main printing the
        // examples from the prompt, so that readers see what the code does.
        func solve(nums []int) int {
        	total := 0
        	for _, n := range nums {
        		total += n
        	}
        	return total
        }

        func main() {
        	fmt.Println(solve([]int{1, 2, 3}))
        }

        """;

    public const string GoProgramOutput = "6";

    /// <summary>The question as YAML lines at indentation 0 (the bank appender indents them): common fields, then the kind's own.</summary>
    public static string Yaml(BankKind kind, string id, string topic, string codePath) => $"""
        - id: {id}
          # Plain text: the page title and the question's name in every table.
          title: {ExistingContent.TitleOf(id)}
          # easy | medium | hard
          difficulty: medium
          # At least one topic slug. Reuse the slugs listed on /topics/ so the question joins their groups.
          topics: [{topic}]
          # Markdown: the question as an interviewer would ask it: inputs, output, two or three examples, constraints.
          prompt: |
            State the task in two or three sentences, then give examples with their expected results
            and the constraints (input size, value ranges).
          # Markdown: the model answer. Lead with the idea in one or two sentences, walk through an example, then list pitfalls.
          answer: |
            The idea in one or two sentences, then a walk-through of one example, then the pitfalls.

        """ + KindFields(kind, codePath) + """
          # Optional: ids of related questions from any bank; [] for none.
          related: []
          # Optional: Markdown follow-up questions an interviewer asks once the main one is answered.
          follow_ups:
            - What changes if the input no longer fits in memory?

        """;

    private static string KindFields(BankKind kind, string codePath) => kind switch
    {
        BankKind.Coding => $"""
              # The technique that solves it, in a few words, like "Two pointers" or "Hash map".
              pattern: Single pass
              # Two or three Markdown hints, each more specific than the last; the last one nearly gives it away.
              hints:
                - |
                  A first nudge: what would the brute-force answer do, and which step is slow?
                - |
                  A stronger hint: which data structure makes that step fast?
              # Big-O in the prompt's variables, like O(n log n); say what n is in the answer if it is not obvious.
              complexity:
                time: O(n)
                space: O(1)

            """ + CodeFields(codePath),
        BankKind.Concept => """
              # Optional: a small program that demonstrates the answer.

            """ + CodeFields(codePath),
        BankKind.Behavioral => """
              # Markdown: what the interviewer is assessing with this question.
              looking_for: |
                The signals the interviewer wants: ownership, judgment, what you learned.
              # A model answer in STAR form, one Markdown paragraph each.
              star:
                situation: |
                  The context, in two or three sentences.
                task: |
                  What you were responsible for.
                action: |
                  What you did, in the first person, with the reasoning behind it.
                result: |
                  The outcome, with numbers if you have them, and what you would do differently.

            """,
        BankKind.SystemDesign => """
              # Each of these is Markdown and becomes one section of the page, in this order.
              requirements: |
                Functional and non-functional requirements; what is out of scope.
              estimates: |
                Back-of-the-envelope numbers: traffic, storage, bandwidth.
              design: |
                The high-level design: components and how a request flows through them.
              data_model: |
                The main entities, their keys, and where they are stored.
              scaling: |
                What breaks first as load grows, and how to scale it.
              trade_offs: |
                The choices made, the alternatives, and when you would pick them instead.

            """,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string CodeFields(string codePath) => $"""
          # The Go program, relative to this bank file: package main, builds with Go 1.19, gofmt-clean, prints its examples.
          code: {codePath}
          # Exactly what the program prints; `studyguide check --go` runs it and compares.
          expected_output: |
            {GoProgramOutput}

        """;
}
