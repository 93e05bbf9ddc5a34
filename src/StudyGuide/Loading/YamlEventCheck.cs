using StudyGuide.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StudyGuide.Loading;

/// <summary>
/// Checks a YAML file's parsing events, as they are read and before any node is built, against
/// what the content model can hold: one document, scalar keys that appear once per mapping,
/// aliases that name an anchor defined before them, and the bounds of <see cref="YamlLimits"/>.
/// Checking events keeps the cost linear in the file's length: YamlDotNet's node model hashes
/// a list or mapping key through every alias in it (an alias bomb used as a key took over 25 s)
/// and builds nested nodes recursively (deep nesting overflowed the stack). One instance per file.
/// </summary>
internal sealed class YamlEventCheck(YamlFile file, int textLength)
{
    /// <summary>An open list or mapping.</summary>
    private sealed class Collection(bool isMapping, string? anchor, long startSize)
    {
        public bool IsMapping { get; } = isMapping;

        public string? Anchor { get; } = anchor;

        /// <summary><see cref="_size"/> when the collection opened, so its own size is known when it closes.</summary>
        public long StartSize { get; } = startSize;

        /// <summary>In a mapping, nodes alternate between key and value; the first is a key.</summary>
        public bool ExpectsKey { get; set; } = isMapping;

        /// <summary>Where the last key of a mapping starts, for a key left without a value.</summary>
        public Mark LastKey { get; set; }

        /// <summary>The keys of a mapping so far, with where each stands, for duplicates.</summary>
        public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);
    }

    private readonly Stack<Collection> _open = new();
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly long _aliasBudget = Math.Max(textLength, YamlLimits.MinAliasBudget);
    private int _documents, _anchors, _aliases;

    /// <summary>The size of the document read so far with every alias expanded: scalar characters plus one per node.</summary>
    private long _size;

    /// <summary>The part of <see cref="_size"/> that aliases repeat.</summary>
    private long _aliasSize;

    /// <summary>True until a problem was reported: only then may the events become nodes.</summary>
    public bool Passed { get; private set; } = true;

    /// <summary>
    /// Checks the next event. Returns false after a problem that makes reading on pointless or
    /// costly (a second document, a bound exceeded); other problems are reported and reading goes
    /// on, so one run finds all of them.
    /// </summary>
    public bool Accept(ParsingEvent e) => e switch
    {
        DocumentStart => FirstDocument(e),
        Scalar scalar => Node(scalar, scalar.Anchor, 1 + scalar.Value.Length) && Completed(),
        AnchorAlias alias => Alias(alias) && Completed(),
        SequenceStart start => Open(start, start.Anchor, isMapping: false),
        MappingStart start => Open(start, start.Anchor, isMapping: true),
        SequenceEnd or MappingEnd => Close() && Completed(),
        _ => true,
    };

    private bool FirstDocument(ParsingEvent start)
    {
        if (++_documents == 1)
        {
            return true;
        }
        return Fail(start.Start, "a second YAML document starts here, and a file holds one: remove this '---' or '...' line and what follows it, or merge it into the first document");
    }

    private bool Open(NodeEvent start, AnchorName anchor, bool isMapping)
    {
        if (!Node(start, anchor, 1))
        {
            return false;
        }
        if (_open.Count == YamlLimits.MaxDepth)
        {
            return Fail(start.Start, $"lists and mappings are nested more than {YamlLimits.MaxDepth} deep here; the content model needs far fewer levels");
        }
        _open.Push(new Collection(isMapping, anchor.IsEmpty ? null : anchor.Value, _size - 1));
        return true;
    }

    private bool Close()
    {
        var closed = _open.Pop();
        if (closed.IsMapping && !closed.ExpectsKey)
        {
            // YamlDotNet's parser can end a mapping after a key alone (a ':' that starts a line
            // after a list, say); its node model then fails without a position.
            Report(closed.LastKey, "invalid YAML: this key has no value; look for a stray ':' at the start of a line");
        }
        if (closed.Anchor is { } anchor)
        {
            _anchorSizes[anchor] = _size - closed.StartSize;
        }
        return true;
    }

    /// <summary>A scalar or the start of a list or mapping: its place (key or value), its anchor and its size.</summary>
    private bool Node(NodeEvent node, AnchorName anchor, long size)
    {
        if (_open.TryPeek(out var parent) && parent.ExpectsKey)
        {
            parent.LastKey = node.Start;
            if (node is Scalar key)
            {
                DuplicateKey(parent, key);
            }
            else
            {
                Report(node.Start, "a list or mapping cannot be a key: keys are plain names like 'title'");
            }
        }
        _size += size;
        if (anchor.IsEmpty)
        {
            return true;
        }
        if (++_anchors > YamlLimits.MaxAnchors)
        {
            return Fail(node.Start, $"more than {YamlLimits.MaxAnchors} anchors ('&name') in one file; write the values out instead");
        }
        if (node is Scalar)
        {
            _anchorSizes[anchor.Value] = size;
        }
        return true;
    }

    private void DuplicateKey(Collection mapping, Scalar key)
    {
        if (!mapping.Keys.TryAdd(key.Value, key.Start))
        {
            var first = file.Locate(mapping.Keys[key.Value]);
            Report(key.Start, $"duplicate key {SafeText.Quote(key.Value)}: it is already set at line {first.Line}; keep one of them");
        }
    }

    private bool Alias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_open.TryPeek(out var parent) && parent.ExpectsKey)
        {
            parent.LastKey = alias.Start;
            Report(alias.Start, $"an alias ({SafeText.Quote("*" + name)}) cannot be a key: write the key out");
        }
        if (++_aliases > YamlLimits.MaxAliases)
        {
            return Fail(alias.Start, $"more than {YamlLimits.MaxAliases} aliases ('*name') in one file; write the values out instead");
        }
        // A list or mapping that contains an alias to itself would be a cycle in the node model.
        if (_open.Any(c => c.Anchor == name))
        {
            Report(alias.Start, $"the alias {SafeText.Quote("*" + name)} is inside the list or mapping it names; an alias can only repeat a finished value");
            return true;
        }
        if (!_anchorSizes.TryGetValue(name, out var size))
        {
            Report(alias.Start, $"the alias {SafeText.Quote("*" + name)} names no anchor: define {SafeText.Quote("&" + name)} on a value before it, or write the value out");
            return true;
        }
        _size += size;
        _aliasSize += size;
        if (_aliasSize > _aliasBudget)
        {
            return Fail(alias.Start, $"aliases repeat more than {_aliasBudget} characters of this file (the limit is the file's own size, at least {YamlLimits.MinAliasBudget}); write the values out instead");
        }
        return true;
    }

    /// <summary>A node is complete: in a mapping, a key is followed by its value and a value by the next key.</summary>
    private bool Completed()
    {
        if (_open.TryPeek(out var parent) && parent.IsMapping)
        {
            parent.ExpectsKey = !parent.ExpectsKey;
        }
        return true;
    }

    private void Report(Mark at, string message)
    {
        file.Diagnostics.Error(file.Locate(at), message);
        Passed = false;
    }

    private bool Fail(Mark at, string message)
    {
        Report(at, message);
        return false;
    }
}
