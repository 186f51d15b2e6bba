using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ArticleGen.Generator.Parsing.Yaml;

/// <summary>
/// Reads the first document of a YAML text from YamlDotNet's event parser (a state machine with its own stack, not
/// recursive) into <see cref="YamlNode"/>s, keeping the open collections on an explicit stack. Nothing here recurses on
/// the input, and what aliases can make of a document is bounded: at most <see cref="MaxDepth"/> levels, however
/// aliases stack them, and at most <see cref="MaxAliasedNodes"/> nodes repeated through aliases in all. An alias
/// inside the value it names (a cycle), an alias with no anchor, a key given twice and a second document are refused.
/// </summary>
internal sealed class YamlReader
{
    /// <summary>Far deeper than any front matter needs (an article's goes four levels deep).</summary>
    public const int MaxDepth = 64;

    /// <summary>Aliases may repeat this many nodes in all: enough to share lists, never enough to blow up a document.</summary>
    public const int MaxAliasedNodes = 10_000;

    private readonly string _yaml;
    private readonly Stack<Frame> _open = new();
    private readonly HashSet<YamlNode> _unfinished = new();
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private int _aliasedNodes;
    private bool _inDocument;
    private YamlNode? _root;
    private YamlError? _error;

    private YamlReader(string yaml) => _yaml = yaml;

    /// <summary>The document's root, or null for an empty text or an error (then <paramref name="error"/> says why).</summary>
    public static YamlNode? Read(string yaml, CancellationToken cancellationToken, out YamlError? error)
    {
        var reader = new YamlReader(yaml);
        reader.ReadAll(cancellationToken);
        error = reader._error;
        return error is null ? reader._root : null;
    }

    private void ReadAll(CancellationToken cancellationToken)
    {
        var scanner = new Scanner(new StringReader(_yaml));
        var parser = new Parser(scanner);
        for (int events = 1; _error is null && MoveNext(parser, scanner); events++)
        {
            if ((events & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Handle(parser.Current!);
        }
    }

    private bool MoveNext(Parser parser, Scanner scanner)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever YamlDotNet throws while reading (YamlException, and for some inputs InvalidOperationException)
            // means the text is not YAML it can read. Our own handling of the events is outside this catch: a bug
            // there is ArticleGen's, and reaches Guard as AG0001.
            _error = YamlErrorText.Describe(e, scanner.CurrentPosition, _yaml, InnermostFlowCollection());
            return false;
        }
    }

    private void Handle(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart:
                if (_inDocument)
                {
                    Fail(e.Start, e.End, "A second YAML document starts here, and only the first is read: remove this '---' line, or what follows it");
                }

                _inDocument = true;
                break;
            case Scalar scalar:
                var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, scalar.Start, scalar.End);
                Anchor(scalar, node);
                Add(node, scalar.Start, scalar.End);
                break;
            case AnchorAlias alias:
                AddAlias(alias);
                break;
            case SequenceStart start:
                Open(new YamlList(start.Start, start.End), start, start.Style == SequenceStyle.Flow);
                break;
            case MappingStart start:
                Open(new YamlMap(start.Start, start.End), start, start.Style == MappingStyle.Flow);
                break;
            case SequenceEnd or MappingEnd:
                Frame closed = _open.Pop();
                _unfinished.Remove(closed.Node);
                closed.Node.Close();
                Add(closed.Node, closed.Node.Start, closed.Node.End);
                break;
        }
    }

    private void Open(YamlNode collection, NodeEvent start, bool flow)
    {
        if (_open.Count == MaxDepth)
        {
            Fail(start.Start, start.End, "Lists and maps nest more than 64 levels deep here; no front matter needs so many");
            return;
        }

        Anchor(start, collection);
        _unfinished.Add(collection);
        _open.Push(new Frame(collection, flow));
    }

    private void Anchor(NodeEvent e, YamlNode node)
    {
        if (!e.Anchor.IsEmpty)
        {
            // A later anchor of the same name names a new node from there on, as YAML says.
            _anchors[e.Anchor.Value] = node;
        }
    }

    private void AddAlias(AnchorAlias alias)
    {
        string name = alias.Value.IsEmpty ? string.Empty : alias.Value.Value;
        if (!_anchors.TryGetValue(name, out YamlNode? target))
        {
            Fail(alias.Start, alias.End, "No value before this alias is anchored as '&" + name + "': anchor one first, or quote a text that starts with '*'");
        }
        else if (_unfinished.Contains(target))
        {
            Fail(alias.Start, alias.End, "The alias '*" + name + "' names the list or map it stands in, which would contain itself without end: write the value out");
        }
        else if ((_aliasedNodes += target.Size) > MaxAliasedNodes)
        {
            Fail(alias.Start, alias.End, "The aliases up to here repeat more than 10,000 values in all: write the values out instead");
        }
        else if (_open.Count + target.Height > MaxDepth)
        {
            Fail(alias.Start, alias.End, "Through the alias '*" + name + "', lists and maps nest more than 64 levels deep here; no front matter needs so many");
        }
        else
        {
            Add(target, alias.Start, alias.End);
        }
    }

    /// <summary>Adds a finished node where the document is: its root, an item, a key or a value.</summary>
    private void Add(YamlNode node, Mark start, Mark end)
    {
        if (_open.Count == 0)
        {
            _root = node;
            return;
        }

        Frame frame = _open.Peek();
        if (frame.Node is YamlList list)
        {
            list.Add(node);
        }
        else if (frame.Key is null)
        {
            if (node is YamlScalar key && !frame.Keys.Add(key.Value))
            {
                Fail(start, end, "'" + key.Value + "' is already a key of this map: remove one of the two");
            }

            frame.Key = node;
        }
        else
        {
            ((YamlMap)frame.Node).Add(frame.Key, node);
            frame.Key = null;
        }
    }

    private YamlNode? InnermostFlowCollection() => _open.Count > 0 && _open.Peek().Flow ? _open.Peek().Node : null;

    private void Fail(Mark start, Mark end, string message) => _error ??= new YamlError(start, end, message);

    /// <summary>A list or map being read: for a map, its keys so far and the key waiting for its value.</summary>
    private sealed class Frame
    {
        private HashSet<string>? _keys;

        public Frame(YamlNode node, bool flow)
        {
            Node = node;
            Flow = flow;
        }

        public YamlNode Node { get; }

        public bool Flow { get; }

        public YamlNode? Key { get; set; }

        public HashSet<string> Keys => _keys ??= new HashSet<string>(StringComparer.Ordinal);
    }
}
