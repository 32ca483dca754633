using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model;

internal enum JsonNodeKind : byte
{
    Null,
    False,
    True,
    Number,
    String,
    Array,
    Object,
}

/// <summary>A property of a JSON object, with the position of its name for diagnostics.</summary>
internal readonly record struct JsonMember(string Name, SourceSpan NameSpan, JsonNode Value);

/// <summary>
/// An immutable JSON value that remembers where it came from. Schema files are read into this tree once per
/// file; it compares by value so that Roslyn can tell an edited file from an unchanged one.
/// Numbers keep their source text, so that big and precise numbers are never rounded.
/// </summary>
internal sealed class JsonNode : IEquatable<JsonNode>
{
    private int _hash;

    public JsonNode(JsonNodeKind kind, string? text, EquatableArray<JsonMember> members, EquatableArray<JsonNode> items, SourceSpan span)
    {
        Kind = kind;
        Text = text;
        Members = members;
        Items = items;
        Span = span;
    }

    public JsonNodeKind Kind { get; }

    /// <summary>The value of a string, or the source text of a number.</summary>
    public string? Text { get; }

    /// <summary>The members of an object, in source order, with unique names.</summary>
    public EquatableArray<JsonMember> Members { get; }

    public EquatableArray<JsonNode> Items { get; }

    public SourceSpan Span { get; }

    public bool IsObject => Kind == JsonNodeKind.Object;

    public bool IsArray => Kind == JsonNodeKind.Array;

    public bool IsString => Kind == JsonNodeKind.String;

    public bool IsBoolean => Kind is JsonNodeKind.True or JsonNodeKind.False;

    public bool IsNumber => Kind == JsonNodeKind.Number;

    /// <summary>The value of the member called <paramref name="name"/>, or null.</summary>
    public JsonNode? this[string name]
    {
        get
        {
            foreach (var member in Members)
            {
                if (string.Equals(member.Name, name, StringComparison.Ordinal))
                {
                    return member.Value;
                }
            }

            return null;
        }
    }

    public bool TryGetMember(string name, out JsonMember result)
    {
        foreach (var member in Members)
        {
            if (string.Equals(member.Name, name, StringComparison.Ordinal))
            {
                result = member;
                return true;
            }
        }

        result = default;
        return false;
    }

    public string? GetString(string name) => this[name] is { Kind: JsonNodeKind.String } n ? n.Text : null;

    public bool GetBoolean(string name) => this[name] is { Kind: JsonNodeKind.True };

    public bool Equals(JsonNode? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Kind != Kind || other.GetHashCode() != GetHashCode())
        {
            return false;
        }

        return string.Equals(Text, other.Text, StringComparison.Ordinal)
            && Span == other.Span
            && Members.Equals(other.Members)
            && Items.Equals(other.Items);
    }

    public override bool Equals(object? obj) => Equals(obj as JsonNode);

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = new HashCodeBuilder();
            hash.Add(Kind);
            hash.Add(Text);
            hash.Add(Span);
            hash.Add(Members);
            hash.Add(Items);
            var value = hash.ToHashCode();
            _hash = value == 0 ? 1 : value;
        }

        return _hash;
    }

    /// <summary>Value equality of the JSON data only, ignoring positions (JSON Schema's notion of equality for enum/const).</summary>
    public static bool JsonEquals(JsonNode a, JsonNode b)
    {
        if (a.Kind != b.Kind)
        {
            return a.IsNumber && b.IsNumber && JsonNumber.Equal(a.Text!, b.Text!);
        }

        switch (a.Kind)
        {
            case JsonNodeKind.String:
                return string.Equals(a.Text, b.Text, StringComparison.Ordinal);
            case JsonNodeKind.Number:
                return JsonNumber.Equal(a.Text!, b.Text!);
            case JsonNodeKind.Array:
                if (a.Items.Count != b.Items.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (!JsonEquals(a.Items[i], b.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JsonNodeKind.Object:
                if (a.Members.Count != b.Members.Count)
                {
                    return false;
                }

                foreach (var member in a.Members)
                {
                    if (!b.TryGetMember(member.Name, out var other) || !JsonEquals(member.Value, other.Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    public override string ToString() => Kind switch
    {
        JsonNodeKind.String => "\"" + Text + "\"",
        JsonNodeKind.Number => Text!,
        JsonNodeKind.Object => "{…}",
        JsonNodeKind.Array => "[…]",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Walks every node below (and including) this one, without recursion.</summary>
    public IEnumerable<JsonNode> DescendantsAndSelf()
    {
        var stack = new Stack<JsonNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var member in node.Members)
            {
                stack.Push(member.Value);
            }

            foreach (var item in node.Items)
            {
                stack.Push(item);
            }
        }
    }
}
