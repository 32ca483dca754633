using System;
using System.Collections.Generic;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.OpenApi;

/// <summary>
/// Turns the schema objects of OpenAPI 3.0 and Swagger 2.0 into the JSON Schema they mean, at read time, keeping every
/// position (docs/openapi.md, "Dialects"):
/// <list type="bullet">
/// <item><c>exclusiveMinimum: true</c> beside <c>minimum: m</c> becomes <c>exclusiveMinimum: m</c> (the draft-6 form);
/// <c>false</c> is dropped; the same for the maximum;</item>
/// <item>Swagger 2.0's <c>type: file</c> becomes <c>type: string</c> (the upload's content is not JSON).</item>
/// </list>
/// <c>nullable</c> and <c>x-nullable</c>, <c>discriminator</c>, <c>readOnly</c>/<c>writeOnly</c> and <c>example</c> are kept
/// as they are: the generator reads them in every draft. Values (<c>example</c>, <c>examples</c>, <c>default</c>, <c>enum</c>,
/// <c>const</c>, <c>x-*</c>) are never entered. Unchanged subtrees are the same objects, so translating costs one walk.
/// </summary>
internal static class SchemaObjectTranslator
{
    public static JsonNode Translate(JsonNode node) => Translate(node, 0);

    private static JsonNode Translate(JsonNode node, int depth)
    {
        if (depth > 512)
        {
            return node;
        }

        if (node.IsArray)
        {
            List<JsonNode>? items = null;
            for (var i = 0; i < node.Items.Count; i++)
            {
                var item = Translate(node.Items[i], depth + 1);
                if (!ReferenceEquals(item, node.Items[i]) && items is null)
                {
                    items = new List<JsonNode>(node.Items.Count);
                    for (var j = 0; j < i; j++)
                    {
                        items.Add(node.Items[j]);
                    }
                }

                items?.Add(item);
            }

            return items is null ? node : new JsonNode(node.Kind, node.Text, node.Members, items.ToEquatableArray(), node.Span);
        }

        if (!node.IsObject)
        {
            return node;
        }

        List<JsonMember>? members = null;
        for (var i = 0; i < node.Members.Count; i++)
        {
            var member = node.Members[i];
            var value = IsValue(member.Name) ? member.Value : Translate(member.Value, depth + 1);
            if (!ReferenceEquals(value, member.Value) && members is null)
            {
                members = new List<JsonMember>(node.Members.Count);
                for (var j = 0; j < i; j++)
                {
                    members.Add(node.Members[j]);
                }
            }

            members?.Add(ReferenceEquals(value, member.Value) ? member : member with { Value = value });
        }

        var translated = members ?? new List<JsonMember>(node.Members);
        var changed = members is not null;
        changed |= Bound(translated, "exclusiveMinimum", "minimum");
        changed |= Bound(translated, "exclusiveMaximum", "maximum");
        var typeIndex = translated.FindIndex(m => m.Name == "type");
        if (typeIndex >= 0 && translated[typeIndex].Value is { IsString: true, Text: "file" } file)
        {
            translated[typeIndex] = translated[typeIndex] with { Value = new JsonNode(JsonNodeKind.String, "string", EquatableArray<JsonMember>.Empty, EquatableArray<JsonNode>.Empty, file.Span) };
            changed = true;
        }

        return changed ? new JsonNode(node.Kind, node.Text, translated.ToEquatableArray(), node.Items, node.Span) : node;
    }

    /// <summary>The boolean <c>exclusiveMinimum</c> of draft 4 (and OpenAPI 3.0) in the numeric form of draft 6 and later.</summary>
    private static bool Bound(List<JsonMember> members, string exclusive, string inclusive)
    {
        var at = members.FindIndex(m => m.Name == exclusive);
        if (at < 0 || !members[at].Value.IsBoolean)
        {
            return false;
        }

        var boundAt = members.FindIndex(m => m.Name == inclusive);
        if (members[at].Value.Kind == JsonNodeKind.True && boundAt >= 0 && members[boundAt].Value.IsNumber)
        {
            members[at] = members[at] with { Value = members[boundAt].Value };
            members.RemoveAt(boundAt);
        }
        else
        {
            // false, or true with nothing to make exclusive: no constraint.
            members.RemoveAt(at);
        }

        return true;
    }

    private static bool IsValue(string keyword)
        => keyword is "example" or "examples" or "default" or "enum" or "const" || keyword.StartsWith("x-", StringComparison.Ordinal);
}
