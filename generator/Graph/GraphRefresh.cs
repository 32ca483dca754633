using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Generator.Typing;

namespace Schemata.Generator.Graph;

/// <summary>
/// Puts right what the graph took from text it does not depend on (see <see cref="GraphInput"/>), from the current
/// documents: where its diagnostics point, and the summaries of properties that <c>allOf</c> composition copied. It
/// runs on every schema edit, so it only looks things up; when nothing has moved it returns what it was given.
/// </summary>
internal static class GraphRefresh
{
    /// <summary>The graph's diagnostics, each pointing where what it is about is now.</summary>
    public static EquatableArray<DiagnosticInfo> Diagnostics(SchemaGraph graph, ImmutableArray<SchemaDocument> documents)
    {
        var roots = (Dictionary<string, JsonNode>?)null;
        var result = (DiagnosticInfo[]?)null;
        for (var i = 0; i < graph.Diagnostics.Count; i++)
        {
            var diagnostic = graph.Diagnostics[i];
            if (diagnostic.Location is not { Pointer: not null } location)
            {
                continue;
            }

            roots ??= Roots(documents);
            if (roots.TryGetValue(location.FilePath, out var root) && Refresh(location, root) is var refreshed && !ReferenceEquals(refreshed, location))
            {
                result ??= graph.Diagnostics.AsSpan().ToArray();
                result[i] = diagnostic with { Location = refreshed };
            }
        }

        return result is null ? graph.Diagnostics : new EquatableArray<DiagnosticInfo>(result);
    }

    /// <summary>The graph with the summaries of composed properties as the current documents give them.</summary>
    public static SchemaGraph Summaries(SchemaGraph graph, ImmutableArray<SchemaDocument> documents)
    {
        var roots = (Dictionary<string, JsonNode>?)null;
        var result = (RecordComposition[]?)null;
        for (var c = 0; c < graph.Compositions.Count; c++)
        {
            var composition = graph.Compositions[c];
            var properties = (PropertyModel[]?)null;
            for (var i = 0; i < composition.SummarySources.Count && i < composition.Properties.Count; i++)
            {
                var sources = composition.SummarySources[i];
                if (sources.Count == 0)
                {
                    continue;
                }

                roots ??= Roots(documents);
                var summary = (string?)null;
                foreach (var source in sources)
                {
                    if (roots.TryGetValue(source.DocumentPath, out var root) && JsonPointer.Navigate(root, source.Pointer) is { } schema
                        && TypeModelBuilder.Summary(schema) is { } found)
                    {
                        summary = found;
                        break;
                    }
                }

                if (!string.Equals(summary, composition.Properties[i].Summary, StringComparison.Ordinal))
                {
                    properties ??= composition.Properties.AsSpan().ToArray();
                    properties[i] = properties[i] with { Summary = summary };
                }
            }

            if (properties is not null)
            {
                result ??= graph.Compositions.AsSpan().ToArray();
                result[c] = composition with { Properties = new EquatableArray<PropertyModel>(properties) };
            }
        }

        return result is null
            ? graph
            : new SchemaGraph(graph.Types, graph.References, graph.Diagnostics, graph.Consumer, graph.Validation, graph.Metaschemas, new EquatableArray<RecordComposition>(result), graph.AllOfs);
    }

    /// <summary>The same place in the current text of its file (<paramref name="root"/>); unchanged when it has no pointer or what it points at is gone.</summary>
    private static LocationInfo Refresh(LocationInfo location, JsonNode root)
    {
        if (location.Pointer is not { } pointer || JsonPointer.Navigate(root, pointer) is not { } node)
        {
            return location;
        }

        var span = location.Part switch
        {
            LocationPart.Start => LocationInfo.FirstCharacter(node.Span),
            LocationPart.Name => NameSpan(root, pointer) ?? node.Span,
            _ => node.Span,
        };
        return span == location.Span ? location : location with { Span = span };
    }

    /// <summary>Where the name of the member whose value is at <paramref name="pointer"/> is written.</summary>
    private static SourceSpan? NameSpan(JsonNode root, string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        if (slash < 0 || JsonPointer.Navigate(root, pointer.Substring(0, slash)) is not { IsObject: true } parent)
        {
            return null;
        }

        return parent.TryGetMember(JsonPointer.Unescape(pointer.Substring(slash + 1)), out var member) ? member.NameSpan : null;
    }

    private static Dictionary<string, JsonNode> Roots(ImmutableArray<SchemaDocument> documents)
    {
        var roots = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Root is { } root)
            {
                roots[document.Path] = root;
            }
        }

        return roots;
    }
}
