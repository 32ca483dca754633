using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Text.RegularExpressions;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Schemata.Generator.Reading;

/// <summary>
/// Reads a YAML file (an OpenAPI document, or a file one refers to) into the same <see cref="JsonNode"/> tree as
/// <see cref="JsonTreeReader"/>, with the line and column of every value and key. YamlDotNet's event parser does the
/// YAML; this class decides what each scalar is in JSON, by the YAML 1.2 core schema (docs/openapi.md):
/// <list type="bullet">
/// <item>quoted and block scalars are strings;</item>
/// <item>plain <c>null</c>, <c>Null</c>, <c>NULL</c>, <c>~</c> and the empty value are null; <c>true</c>/<c>false</c>
/// (any of the three casings) are booleans; decimal, <c>0o</c> octal and <c>0x</c> hex integers and decimal floats are
/// numbers (written as JSON numbers);</item>
/// <item>everything else is a string: YAML 1.1's <c>yes</c>/<c>no</c>/<c>on</c>/<c>off</c>, dates, <c>.inf</c> and
/// <c>.nan</c> (JSON has no infinity), versions like <c>3.0.3</c>;</item>
/// <item>the tags <c>!!str</c>, <c>!!int</c>, <c>!!float</c>, <c>!!bool</c>, <c>!!null</c> are honoured; keys are always strings.</item>
/// </list>
/// Anchors and aliases share the anchored tree (an alias's positions are its anchor's); <c>&lt;&lt;</c> merge keys
/// merge the mappings they name (keys written in the mapping win). A file that is not valid YAML, or holds more than one
/// document, is a problem with the position YamlDotNet gives.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>How many values aliases may expand to, in all, so that a "billion laughs" file cannot exhaust the compiler.</summary>
    public const int MaxAliasExpansion = 1_000_000;

    private static readonly Regex Integer = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Octal = new(@"^0o[0-7]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Hex = new(@"^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static (JsonNode? Root, List<JsonReadProblem> Problems) Read(string text)
    {
        var problems = new List<JsonReadProblem>();
        var state = new State(new Parser(new StringReader(text)), problems);
        try
        {
            state.Next();
            state.Expect<StreamStart>();
            if (state.Parser.Current is StreamEnd)
            {
                // An empty YAML file is not an error: it is simply no document (and no types).
                return (null, problems);
            }

            state.Expect<DocumentStart>();
            var root = state.ReadValue(0);
            state.Expect<DocumentEnd>();
            if (state.Parser.Current is DocumentStart next)
            {
                problems.Add(new(JsonReadProblemKind.InvalidJson, "the file holds more than one YAML document", Span(next.Start, next.End)));
                return (null, problems);
            }

            return (root, problems);
        }
        catch (YamlException e)
        {
            problems.Add(new(JsonReadProblemKind.InvalidJson, CleanMessage(e.Message), Span(e.Start, e.End)));
            return (null, problems);
        }
        catch (TooDeepException e)
        {
            problems.Add(new(JsonReadProblemKind.TooDeep, $"mappings and sequences are nested more than {JsonTreeReader.MaxDepth} levels deep", e.Span));
            return (null, problems);
        }
        catch (AliasException e)
        {
            problems.Add(new(JsonReadProblemKind.InvalidJson, e.Message, e.Span));
            return (null, problems);
        }
        catch (Exception e) when (e.TargetSite?.DeclaringType?.Assembly == typeof(Parser).Assembly)
        {
            // YamlDotNet's scanner throws more than YamlException on some malformed input (InvalidOperationException on an
            // unclosed flow sequence): still the file's fault, reported where the parser last was.
            var at = Span(state.Last, state.Last);
            problems.Add(new(JsonReadProblemKind.InvalidJson, $"the YAML parser stopped after line {at.StartLine + 1}, column {at.StartColumn + 1} ({e.GetType().Name})", at));
            return (null, problems);
        }
    }

    private sealed class State
    {
        private readonly Dictionary<string, (JsonNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
        private readonly List<JsonReadProblem> _problems;
        private long _expanded;
        private long _size;

        public State(IParser parser, List<JsonReadProblem> problems)
        {
            Parser = parser;
            _problems = problems;
        }

        public IParser Parser { get; }

        /// <summary>The end of the last event read: where to report what YamlDotNet does not place itself.</summary>
        public Mark Last { get; private set; } = Mark.Empty;

        public void Next()
        {
            if (Parser.Current is { } current)
            {
                Last = current.End;
            }

            Parser.MoveNext();
        }

        public void Expect<T>()
            where T : ParsingEvent
        {
            if (Parser.Current is not T)
            {
                var current = Parser.Current;
                throw new YamlException(current?.Start ?? Mark.Empty, current?.End ?? Mark.Empty, $"expected {typeof(T).Name}, found {current?.GetType().Name ?? "the end"}");
            }

            Next();
        }

        public JsonNode ReadValue(int depth)
        {
            var current = Parser.Current ?? throw new YamlException(Mark.Empty, Mark.Empty, "unexpected end of the file");
            var sizeBefore = _size;
            JsonNode node;
            AnchorName anchor;
            switch (current)
            {
                case AnchorAlias alias:
                    Next();
                    if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                    {
                        throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value.Value}' names no anchor before it");
                    }

                    _expanded += anchored.Size;
                    _size += anchored.Size;
                    if (_expanded > MaxAliasExpansion)
                    {
                        throw new AliasException($"aliases expand to more than {MaxAliasExpansion:N0} values", Span(alias.Start, alias.End));
                    }

                    return anchored.Node;
                case Scalar scalar:
                    Next();
                    anchor = scalar.Anchor;
                    node = ScalarNode(scalar);
                    _size++;
                    break;
                case SequenceStart sequence:
                    Next();
                    anchor = sequence.Anchor;
                    node = ReadSequence(sequence, depth);
                    break;
                case MappingStart mapping:
                    Next();
                    anchor = mapping.Anchor;
                    node = ReadMapping(mapping, depth);
                    break;
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }

            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = (node, Math.Max(1, _size - sizeBefore));
            }

            return node;
        }

        private JsonNode ReadSequence(SequenceStart start, int depth)
        {
            if (depth >= JsonTreeReader.MaxDepth)
            {
                throw new TooDeepException(Span(start.Start, start.End));
            }

            _size++;
            var items = new List<JsonNode>();
            while (Parser.Current is not SequenceEnd)
            {
                items.Add(ReadValue(depth + 1));
            }

            var end = Parser.Current.End;
            Next();
            return new JsonNode(JsonNodeKind.Array, null, EquatableArray<JsonMember>.Empty, items.ToEquatableArray(), Span(start.Start, end));
        }

        private JsonNode ReadMapping(MappingStart start, int depth)
        {
            if (depth >= JsonTreeReader.MaxDepth)
            {
                throw new TooDeepException(Span(start.Start, start.End));
            }

            _size++;
            var members = new List<JsonMember>();
            Dictionary<string, int>? seen = null;
            List<JsonNode>? merges = null;
            while (Parser.Current is not MappingEnd)
            {
                var keyEvent = Parser.Current;
                string name;
                SourceSpan nameSpan;
                var isMerge = false;
                if (keyEvent is Scalar key)
                {
                    Next();
                    name = key.Value;
                    nameSpan = Span(key.Start, key.End);
                    isMerge = key.Style == ScalarStyle.Plain && name == "<<";
                }
                else
                {
                    // A complex key (a mapping or a sequence) has no JSON form: its text is not a property name.
                    throw new YamlException(keyEvent!.Start, keyEvent.End, "a key that is a mapping or a sequence has no JSON form");
                }

                var value = ReadValue(depth + 1);
                if (isMerge)
                {
                    merges ??= new List<JsonNode>();
                    if (value.IsObject)
                    {
                        merges.Add(value);
                    }
                    else if (value.IsArray)
                    {
                        merges.AddRange(value.Items);
                    }

                    continue;
                }

                var index = JsonTreeReader.IndexOf(members, ref seen, name);
                if (index >= 0)
                {
                    _problems.Add(new(JsonReadProblemKind.DuplicateKey, $"the key '{name}' appears more than once in this mapping; the last value is used", nameSpan));
                    members[index] = new JsonMember(name, nameSpan, value);
                }
                else
                {
                    seen?.Add(name, members.Count);
                    members.Add(new JsonMember(name, nameSpan, value));
                }
            }

            if (merges is not null)
            {
                foreach (var merged in merges)
                {
                    foreach (var member in merged.Members)
                    {
                        if (JsonTreeReader.IndexOf(members, ref seen, member.Name) < 0)
                        {
                            seen?.Add(member.Name, members.Count);
                            members.Add(member);
                        }
                    }
                }
            }

            var end = Parser.Current.End;
            Next();
            return new JsonNode(JsonNodeKind.Object, null, members.ToEquatableArray(), EquatableArray<JsonNode>.Empty, Span(start.Start, end));
        }
    }

    private static JsonNode ScalarNode(Scalar scalar)
    {
        var span = Span(scalar.Start, scalar.End);
        var value = scalar.Value;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        switch (tag)
        {
            case "tag:yaml.org,2002:str":
                return Leaf(JsonNodeKind.String, value, span);
            case "tag:yaml.org,2002:null":
                return Leaf(JsonNodeKind.Null, null, span);
            case "tag:yaml.org,2002:bool":
                return Leaf(string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? JsonNodeKind.True : JsonNodeKind.False, null, span);
            case "tag:yaml.org,2002:int":
            case "tag:yaml.org,2002:float":
                return Number(value) is { } tagged ? Leaf(JsonNodeKind.Number, tagged, span) : Leaf(JsonNodeKind.String, value, span);
        }

        if (scalar.Style != ScalarStyle.Plain || tag is not null)
        {
            return Leaf(JsonNodeKind.String, value, span);
        }

        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return Leaf(JsonNodeKind.Null, null, span);
            case "true" or "True" or "TRUE":
                return Leaf(JsonNodeKind.True, null, span);
            case "false" or "False" or "FALSE":
                return Leaf(JsonNodeKind.False, null, span);
        }

        return Number(value) is { } number ? Leaf(JsonNodeKind.Number, number, span) : Leaf(JsonNodeKind.String, value, span);
    }

    /// <summary>A plain scalar's JSON number text, if it is a YAML 1.2 core-schema number; JSON has no <c>+</c>, leading zeros, <c>.5</c> or <c>5.</c>.</summary>
    internal static string? Number(string value)
    {
        // Most plain scalars are words: only what starts like a number is matched against the patterns.
        if (value.Length == 0 || value.Length > 400 || !(char.IsDigit(value[0]) || value[0] is '-' or '+' or '.'))
        {
            return null;
        }

        if (Integer.IsMatch(value))
        {
            return BigInteger.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        if (Octal.IsMatch(value))
        {
            var result = BigInteger.Zero;
            for (var i = 2; i < value.Length; i++)
            {
                result = (result * 8) + (value[i] - '0');
            }

            return result.ToString(CultureInfo.InvariantCulture);
        }

        if (Hex.IsMatch(value))
        {
            return BigInteger.Parse("0" + value.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        if (!Float.IsMatch(value))
        {
            return null;
        }

        var negative = value[0] == '-';
        var text = value[0] is '-' or '+' ? value.Substring(1) : value;
        var exponentAt = text.IndexOfAny(new[] { 'e', 'E' });
        var mantissa = exponentAt < 0 ? text : text.Substring(0, exponentAt);
        var exponent = exponentAt < 0 ? string.Empty : "e" + text.Substring(exponentAt + 1);
        var dot = mantissa.IndexOf('.');
        var whole = dot < 0 ? mantissa : mantissa.Substring(0, dot);
        var fraction = dot < 0 ? string.Empty : mantissa.Substring(dot + 1);
        whole = whole.TrimStart('0');
        if (whole.Length == 0)
        {
            whole = "0";
        }

        return (negative ? "-" : string.Empty) + whole + (fraction.Length > 0 ? "." + fraction : string.Empty) + exponent;
    }

    private static JsonNode Leaf(JsonNodeKind kind, string? text, SourceSpan span)
        => new(kind, text, EquatableArray<JsonMember>.Empty, EquatableArray<JsonNode>.Empty, span);

    /// <summary>YamlDotNet's marks count lines and columns from 1 and characters from 0; spans count all three from 0.</summary>
    private static SourceSpan Span(Mark start, Mark end)
    {
        var startIndex = (int)Math.Max(0, start.Index);
        var endIndex = (int)Math.Max(startIndex, end.Index);
        return new SourceSpan(startIndex, endIndex - startIndex, (int)Math.Max(0, start.Line - 1), (int)Math.Max(0, start.Column - 1), (int)Math.Max(0, end.Line - 1), (int)Math.Max(0, end.Column - 1));
    }

    /// <summary>YamlDotNet prefixes its messages with the position, which the diagnostic already shows.</summary>
    private static string CleanMessage(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        var text = message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
        return text.TrimEnd('.');
    }

    private sealed class TooDeepException : Exception
    {
        public TooDeepException(SourceSpan span) => Span = span;

        public SourceSpan Span { get; }
    }

    private sealed class AliasException : Exception
    {
        public AliasException(string message, SourceSpan span)
            : base(message) => Span = span;

        public SourceSpan Span { get; }
    }
}
