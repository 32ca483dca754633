using System;
using System.Collections.Generic;
using Schemata.Generator.Model;

namespace Schemata.Generator.Graph;

/// <summary>
/// A document as the graph reads it. Two are equal when the documents differ at most in positions and in the text of
/// <c>description</c>s, which resolution, naming and typing never look at: an edit of that kind (the commonest while a
/// schema is written) leaves the graph's input equal, and Roslyn does not build the graph again. What the graph does
/// take from such text is put right afterwards from the current documents (<see cref="GraphRefresh"/>): where its
/// diagnostics point, and the summaries of properties that <c>allOf</c> composition copies.
/// </summary>
internal sealed class GraphInput : IEquatable<GraphInput>
{
    // Keywords whose values are data, not schemas: a "description" member inside them is data too.
    private static readonly HashSet<string> DataKeywords = new(StringComparer.Ordinal) { "enum", "const", "default", "examples" };

    public GraphInput(SchemaDocument document) => Document = document;

    public SchemaDocument Document { get; }

    public bool Equals(GraphInput? other)
    {
        if (other is null)
        {
            return false;
        }

        var (a, b) = (Document, other.Document);
        return ReferenceEquals(a, b)
            || (string.Equals(a.Path, b.Path, StringComparison.Ordinal)
                && string.Equals(a.DisplayPath, b.DisplayPath, StringComparison.Ordinal)
                && string.Equals(a.BaseUri, b.BaseUri, StringComparison.Ordinal)
                && string.Equals(a.Namespace, b.Namespace, StringComparison.Ordinal)
                && string.Equals(a.TypeName, b.TypeName, StringComparison.Ordinal)
                && a.Dialect == b.Dialect
                && SameStructure(a.Root, b.Root));
    }

    public override bool Equals(object? obj) => Equals(obj as GraphInput);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Document.Path);

    /// <summary>The same JSON but for positions and for string <c>description</c>s outside data keywords (no recursion: trees can be deep).</summary>
    internal static bool SameStructure(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        var pending = new Stack<(JsonNode A, JsonNode B, bool Data)>();
        pending.Push((left, right, false));
        while (pending.Count > 0)
        {
            var (a, b, data) = pending.Pop();
            if (ReferenceEquals(a, b))
            {
                continue;
            }

            if (a.Kind != b.Kind || !string.Equals(a.Text, b.Text, StringComparison.Ordinal)
                || a.Members.Count != b.Members.Count || a.Items.Count != b.Items.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Members.Count; i++)
            {
                var (x, y) = (a.Members[i], b.Members[i]);
                if (!string.Equals(x.Name, y.Name, StringComparison.Ordinal))
                {
                    return false;
                }

                if (!data && x.Name == "description" && x.Value.IsString && y.Value.IsString)
                {
                    continue;
                }

                pending.Push((x.Value, y.Value, data || DataKeywords.Contains(x.Name)));
            }

            for (var i = 0; i < a.Items.Count; i++)
            {
                pending.Push((a.Items[i], b.Items[i], data));
            }
        }

        return true;
    }
}
