using System;
using System.Collections.Generic;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;

namespace Schemata.Generator.Resolution;

/// <summary>One subschema met while walking a document, with what it needs to be understood on its own.</summary>
/// <param name="BaseUri">The base URI references inside this schema resolve against (after its own <c>$id</c>).</param>
/// <param name="Keyword">The keyword the schema sits under in its parent (<c>properties</c>, <c>items</c>, …); null for the root.</param>
/// <param name="Key">The property name or array index under <paramref name="Keyword"/>, for keywords that hold several schemas.</param>
internal readonly record struct SchemaVisit(
    JsonNode Node,
    string Pointer,
    string BaseUri,
    SchemaDialect Dialect,
    string? ParentPointer,
    string? Keyword,
    string? Key,
    bool IsResourceRoot);

/// <summary>
/// Visits every subschema of a document, parents before children, in document order, tracking how
/// <c>$id</c> and <c>$schema</c> change the base URI and the draft. Only keywords that hold schemas in the
/// current draft are entered, so an <c>enum</c> value or a <c>const</c> object is never mistaken for a schema.
/// </summary>
internal static class SchemaWalker
{
    public static IEnumerable<SchemaVisit> Walk(SchemaDocument document)
        => document.Root is null
            ? Array.Empty<SchemaVisit>()
            : document.Entries is { } entries
                ? WalkEntries(document, document.Root, entries)
                : WalkFrom(Enter(document.Root, string.Empty, document.BaseUri, document.Dialect, null, null, null, isDocumentRoot: true));

    /// <summary>
    /// The walk of a document whose root is not a schema (an OpenAPI document): each of its entries, in order, as if it
    /// were a <c>$defs</c> entry called by the entry's name (which is how the namers name it).
    /// </summary>
    private static IEnumerable<SchemaVisit> WalkEntries(SchemaDocument document, JsonNode root, EquatableArray<SchemaEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (JsonPointer.Navigate(root, entry.Pointer) is { } node && IsSchema(node))
            {
                foreach (var visit in WalkFrom(Enter(node, entry.Pointer, document.BaseUri, document.Dialect, null, EntryKeyword, entry.Name, isDocumentRoot: false)))
                {
                    yield return visit;
                }
            }
        }
    }

    /// <summary>The keyword an entry of a document that is not a schema is walked as: its name is its key, as a definition's.</summary>
    public const string EntryKeyword = "$defs";

    /// <summary>
    /// Walks a subschema the document walk does not reach (one inside an unknown keyword, or beside a draft-7
    /// <c>$ref</c>), because a <c>$ref</c> points there; <paramref name="baseUri"/> and <paramref name="dialect"/> are its surroundings'.
    /// </summary>
    public static IEnumerable<SchemaVisit> WalkFrom(JsonNode node, string pointer, string baseUri, SchemaDialect dialect)
        => WalkFrom(Enter(node, pointer, baseUri, dialect, null, null, null, isDocumentRoot: false));

    private static IEnumerable<SchemaVisit> WalkFrom(SchemaVisit start)
    {
        var stack = new Stack<SchemaVisit>();
        stack.Push(start);
        var children = new List<SchemaVisit>();
        while (stack.Count > 0)
        {
            var visit = stack.Pop();
            yield return visit;
            if (!visit.Node.IsObject)
            {
                continue;
            }

            children.Clear();
            var refOnly = visit.Dialect.RefOverridesSiblings() && visit.Node["$ref"] is not null;
            foreach (var member in visit.Node.Members)
            {
                var keyword = member.Name;
                var value = member.Value;
                // Before 2019-09 a $ref makes its siblings meaningless; definitions are still walked so pointers into them work.
                if (refOnly && keyword != "definitions")
                {
                    continue;
                }

                if (visit.Dialect.IsSubschemaMapKeyword(keyword) && value.IsObject)
                {
                    var pointer = JsonPointer.Append(visit.Pointer, keyword);
                    foreach (var entry in value.Members)
                    {
                        if (IsSchema(entry.Value))
                        {
                            children.Add(Enter(entry.Value, JsonPointer.Append(pointer, entry.Name), visit.BaseUri, visit.Dialect, visit.Pointer, keyword, entry.Name, false));
                        }
                    }
                }
                else if (visit.Dialect.IsSubschemaArrayKeyword(keyword) && value.IsArray)
                {
                    var pointer = JsonPointer.Append(visit.Pointer, keyword);
                    for (var i = 0; i < value.Items.Count; i++)
                    {
                        if (IsSchema(value.Items[i]))
                        {
                            children.Add(Enter(value.Items[i], JsonPointer.Append(pointer, i), visit.BaseUri, visit.Dialect, visit.Pointer, keyword, i.ToString(System.Globalization.CultureInfo.InvariantCulture), false));
                        }
                    }
                }
                else if (visit.Dialect.IsSingleSubschemaKeyword(keyword) && IsSchema(value))
                {
                    children.Add(Enter(value, JsonPointer.Append(visit.Pointer, keyword), visit.BaseUri, visit.Dialect, visit.Pointer, keyword, null, false));
                }
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    private static bool IsSchema(JsonNode node) => node.IsObject || node.IsBoolean;

    private static SchemaVisit Enter(JsonNode node, string pointer, string baseUri, SchemaDialect dialect, string? parent, string? keyword, string? key, bool isDocumentRoot)
    {
        var isResource = isDocumentRoot;
        if (node.IsObject)
        {
            if (!isDocumentRoot && node.GetString("$schema") is { } schemaUri && Dialects.FromUri(schemaUri) is { } embedded && node[embedded.IdKeyword()] is not null)
            {
                // An embedded resource may declare its own draft.
                dialect = embedded;
            }

            if (IdOf(node, dialect) is { } id)
            {
                var (resource, fragment) = UriReference.SplitFragment(UriReference.Resolve(baseUri, id));
                var hasOwnPart = !id.StartsWith("#", StringComparison.Ordinal);
                if (hasOwnPart && (fragment is null || fragment.Length == 0 || !fragment.StartsWith("/", StringComparison.Ordinal)))
                {
                    baseUri = resource;
                    isResource = true;
                }
            }
        }

        return new SchemaVisit(node, pointer, baseUri, dialect, parent, keyword, key, isResource);
    }

    /// <summary>The schema's identifier, unless a draft-7-or-earlier <c>$ref</c> makes it meaningless.</summary>
    public static string? IdOf(JsonNode node, SchemaDialect dialect)
    {
        if (dialect.RefOverridesSiblings() && node["$ref"] is not null)
        {
            return null;
        }

        return node.GetString(dialect.IdKeyword());
    }
}
