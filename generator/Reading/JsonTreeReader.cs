using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

internal enum JsonReadProblemKind
{
    InvalidJson,
    TooDeep,
    DuplicateKey,
}

internal readonly record struct JsonReadProblem(JsonReadProblemKind Kind, string Message, SourceSpan Span);

/// <summary>
/// Reads the text of a schema file into a <see cref="JsonNode"/> tree with <see cref="Utf8JsonReader"/>,
/// recording the line and column of every value and every property name. Strict JSON: no comments,
/// no trailing commas. Nesting is limited to <see cref="MaxDepth"/> levels so that hostile input cannot
/// exhaust the compiler's stack.
/// </summary>
internal static class JsonTreeReader
{
    /// <summary>The deepest nesting of objects and arrays a schema file may have.</summary>
    public const int MaxDepth = 256;

    private const int ScanLimit = 16;

    /// <summary>
    /// Keywords and type names, which every schema repeats: read as one shared string each rather than a new one per
    /// occurrence (the trees are kept between runs, so this is memory the garbage collector no longer carries).
    /// </summary>
    private static readonly string[] Common =
    {
        "type", "description", "properties", "required", "items", "$ref", "title", "format", "enum", "nullable", "oneOf",
        "anyOf", "allOf", "not", "additionalProperties", "$schema", "$id", "id", "$defs", "definitions", "default",
        "example", "examples", "const", "pattern", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems",
        "uniqueItems", "deprecated", "readOnly", "writeOnly", "prefixItems", "patternProperties", "discriminator",
        "propertyName", "mapping", "x-nullable", "string", "object", "array", "integer", "number", "boolean", "null",
        "date-time", "date", "uuid", "uri", "email", "int32", "int64", "double", "float",
    };

    /// <summary><see cref="Common"/> by UTF-8 length.</summary>
    private static readonly (byte[] Utf8, string Text)[][] CommonByLength = GroupByLength(Common);

    public static (JsonNode? Root, List<JsonReadProblem> Problems) Read(string text)
    {
        var problems = new List<JsonReadProblem>();
        var bytes = Encoding.UTF8.GetBytes(text);
        var map = new SourcePositionMap(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            MaxDepth = MaxDepth + 2,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });

        try
        {
            if (!reader.Read())
            {
                problems.Add(new(JsonReadProblemKind.InvalidJson, "the file is empty", map.Span(0, 0)));
                return (null, problems);
            }

            var root = ReadValue(ref reader, map, problems, 0);
            // Reading on makes the reader reject anything after the root value.
            reader.Read();
            return (root, problems);
        }
        catch (JsonException e)
        {
            var offset = map.OffsetOf(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            problems.Add(new(JsonReadProblemKind.InvalidJson, CleanMessage(e.Message), map.Span(offset, Math.Min(offset + 1, bytes.Length))));
            return (null, problems);
        }
        catch (InvalidOperationException e)
        {
            // GetString throws this for escapes that are not valid UTF-16, such as a lone surrogate.
            var start = (int)reader.TokenStartIndex;
            problems.Add(new(JsonReadProblemKind.InvalidJson, CleanMessage(e.Message), map.Span(start, TokenEnd(ref reader))));
            return (null, problems);
        }
        catch (TooDeepException e)
        {
            problems.Add(new(JsonReadProblemKind.TooDeep, $"objects and arrays are nested more than {MaxDepth} levels deep", e.Span));
            return (null, problems);
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, SourcePositionMap map, List<JsonReadProblem> problems, int depth)
    {
        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                if (depth >= MaxDepth)
                {
                    throw new TooDeepException(map.Span(start, start + 1));
                }

                // The start's position is taken now: asking for it after the members would rewind the map (O(n²)).
                var objectStart = map.At(start);
                var members = new List<JsonMember>();
                Dictionary<string, int>? seen = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameStart = (int)reader.TokenStartIndex;
                    var name = ReadString(ref reader);
                    var nameSpan = map.Span(nameStart, TokenEnd(ref reader));
                    reader.Read();
                    var value = ReadValue(ref reader, map, problems, depth + 1);
                    var member = new JsonMember(name, nameSpan, value);

                    var index = IndexOf(members, ref seen, name);
                    if (index >= 0)
                    {
                        // The last value wins, as in JavaScript's JSON.parse; the earlier one is reported, not kept.
                        problems.Add(new(JsonReadProblemKind.DuplicateKey, $"the key '{name}' appears more than once in this object; the last value is used", nameSpan));
                        members[index] = member;
                    }
                    else
                    {
                        seen?.Add(name, members.Count);
                        members.Add(member);
                    }
                }

                var end = (int)reader.TokenStartIndex + 1;
                return new JsonNode(JsonNodeKind.Object, null, members.ToEquatableArray(), EquatableArray<JsonNode>.Empty, map.Span(objectStart, end));
            }

            case JsonTokenType.StartArray:
            {
                if (depth >= MaxDepth)
                {
                    throw new TooDeepException(map.Span(start, start + 1));
                }

                var arrayStart = map.At(start);
                var items = new List<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, map, problems, depth + 1));
                }

                var end = (int)reader.TokenStartIndex + 1;
                return new JsonNode(JsonNodeKind.Array, null, EquatableArray<JsonMember>.Empty, items.ToEquatableArray(), map.Span(arrayStart, end));
            }

            case JsonTokenType.String:
            {
                var text = ReadString(ref reader);
                return Leaf(JsonNodeKind.String, text, map.Span(start, TokenEnd(ref reader)));
            }

            case JsonTokenType.Number:
            {
                var text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                return Leaf(JsonNodeKind.Number, text, map.Span(start, TokenEnd(ref reader)));
            }

            case JsonTokenType.True:
                return Leaf(JsonNodeKind.True, null, map.Span(start, start + 4));
            case JsonTokenType.False:
                return Leaf(JsonNodeKind.False, null, map.Span(start, start + 5));
            default:
                return Leaf(JsonNodeKind.Null, null, map.Span(start, start + 4));
        }
    }

    /// <summary>
    /// The index of the member called <paramref name="name"/> so far, or -1. Most objects have a few members, which a
    /// scan finds faster than a dictionary costs to build; past <see cref="ScanLimit"/> a dictionary takes over. The YAML
    /// reader finds the keys of its mappings with it too.
    /// </summary>
    internal static int IndexOf(List<JsonMember> members, ref Dictionary<string, int>? seen, string name)
    {
        if (seen is null && members.Count >= ScanLimit)
        {
            seen = new Dictionary<string, int>(members.Count * 2, StringComparer.Ordinal);
            for (var i = 0; i < members.Count; i++)
            {
                seen[members[i].Name] = i;
            }
        }

        if (seen is not null)
        {
            return seen.TryGetValue(name, out var found) ? found : -1;
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var raw = reader.ValueSpan;
            if (raw.Length < CommonByLength.Length && CommonByLength[raw.Length] is { } candidates)
            {
                foreach (var (utf8, text) in candidates)
                {
                    if (raw.SequenceEqual(utf8))
                    {
                        return text;
                    }
                }
            }
        }

        return reader.GetString()!;
    }

    private static (byte[] Utf8, string Text)[][] GroupByLength(string[] words)
    {
        var groups = new (byte[] Utf8, string Text)[words.Max(w => w.Length) + 1][];
        for (var length = 0; length < groups.Length; length++)
        {
            groups[length] = words.Where(w => w.Length == length).Select(w => (Encoding.UTF8.GetBytes(w), w)).ToArray();
        }

        return groups;
    }

    private static JsonNode Leaf(JsonNodeKind kind, string? text, SourceSpan span)
        => new(kind, text, EquatableArray<JsonMember>.Empty, EquatableArray<JsonNode>.Empty, span);

    private static int TokenEnd(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        return reader.TokenType switch
        {
            // ValueSpan holds the raw (still escaped) bytes between the quotes.
            JsonTokenType.String or JsonTokenType.PropertyName => start + reader.ValueSpan.Length + 2,
            JsonTokenType.Number => start + reader.ValueSpan.Length,
            _ => start + 1,
        };
    }

    /// <summary>Drops the reader's own " LineNumber: … | BytePositionInLine: …" suffix: the diagnostic's location says it better.</summary>
    private static string CleanMessage(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = index > 0 ? message.Substring(0, index) : message;
        return text.TrimEnd();
    }

    private sealed class TooDeepException : Exception
    {
        public TooDeepException(SourceSpan span) => Span = span;

        public SourceSpan Span { get; }
    }
}
