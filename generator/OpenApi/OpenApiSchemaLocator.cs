using System;
using System.Collections.Generic;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;

namespace Schemata.Generator.OpenApi;

/// <summary>
/// Finds the schemas of an OpenAPI document (or of a file one refers to) that get types, and the names they ask for
/// (docs/openapi.md, "Which schemas get types"):
/// <list type="bullet">
/// <item><c>components/schemas/X</c> (Swagger 2.0: <c>definitions/X</c>): <c>X</c>;</item>
/// <item>with operations on, the inline schemas of each operation of <c>paths</c>: the request body
/// <c>{Operation}Request</c>, the first success response (else <c>default</c>) <c>{Operation}Response</c>, any other
/// response <c>{Operation}Response{Status}</c>, an object-typed parameter <c>{Operation}{Parameter}Parameter</c>, where
/// <c>{Operation}</c> is the <c>operationId</c> (else the method and the path); a second media type with another schema
/// adds its subtype (<c>{Operation}RequestXml</c>); the inline schemas of <c>components/requestBodies/X</c> and
/// <c>components/responses/X</c>: <c>XRequest</c>, <c>XResponse</c>;</item>
/// <item>in a file that is not an OpenAPI document: an operation (a root with <c>operationId</c>) as above; a response
/// or request body (a root with <c>content</c>) by the file's name and <c>Response</c>; else each top-level entry that is
/// a schema, by its key (one that holds <c>content</c>: by its key and <c>Response</c>).</item>
/// </list>
/// Only inline schemas that can make a type count (objects, arrays, compositions, enums); a reference is the type it refers to,
/// and an inline schema equal to a component is that component (it gets no type of its own).
/// </summary>
internal static class OpenApiSchemaLocator
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    /// <summary>Whether a node is a schema by its keywords: what tells a schema from an example, a parameter or a response.</summary>
    public static bool LooksLikeSchema(JsonNode node)
    {
        if (!node.IsObject || node["in"] is not null || node["content"] is not null || node["value"] is not null
            || node["externalValue"] is not null || node["operationId"] is not null || node["responses"] is not null)
        {
            return false;
        }

        if (node["type"] is { } type && (IsTypeName(type) || (type.IsArray && type.Items.Count > 0 && AllTypeNames(type))))
        {
            return true;
        }

        return node["properties"] is { IsObject: true } || node["allOf"] is { IsArray: true } || node["anyOf"] is { IsArray: true }
            || node["oneOf"] is { IsArray: true } || node["items"] is { IsObject: true } || node["enum"] is { IsArray: true }
            || node["additionalProperties"] is { IsObject: true };
    }

    public static List<SchemaEntry> InDocument(JsonNode root, OpenApiVersion version, bool operations, string prefix)
    {
        var entries = new List<SchemaEntry>();
        var components = new List<JsonNode>();
        var containerPointer = version == OpenApiVersion.Swagger20 ? "/definitions" : "/components/schemas";
        if (JsonPointer.Navigate(root, containerPointer) is { IsObject: true } container)
        {
            foreach (var member in container.Members)
            {
                if (member.Value.IsObject || member.Value.IsBoolean)
                {
                    entries.Add(new SchemaEntry(JsonPointer.Append(containerPointer, member.Name), Prefixed(prefix, member.Name), SchemaEntryRole.Component));
                    components.Add(member.Value);
                }
            }
        }

        if (!operations)
        {
            return entries;
        }

        var inline = new InlineSchemas(entries, components, prefix);
        if (root["paths"] is { IsObject: true } paths)
        {
            foreach (var path in paths.Members)
            {
                if (!path.Value.IsObject || path.Value["$ref"] is not null)
                {
                    continue;
                }

                foreach (var method in Methods)
                {
                    if (path.Value[method] is { IsObject: true } operation && operation["$ref"] is null)
                    {
                        var pointer = JsonPointer.Append(JsonPointer.Append("/paths", path.Name), method);
                        inline.Operation(operation, pointer, OperationName(operation, method, path.Name));
                    }
                }
            }
        }

        if (JsonPointer.Navigate(root, "/components/requestBodies") is { IsObject: true } bodies)
        {
            foreach (var body in bodies.Members)
            {
                inline.Content(body.Value, JsonPointer.Append("/components/requestBodies", body.Name), Suffixed(body.Name, "Request"));
            }
        }

        if (JsonPointer.Navigate(root, "/components/responses") is { IsObject: true } responses)
        {
            foreach (var response in responses.Members)
            {
                inline.Content(response.Value, JsonPointer.Append("/components/responses", response.Name), Suffixed(response.Name, "Response"));
            }
        }

        return entries;
    }

    /// <summary>The schemas of a file that an OpenAPI document refers to, and whose root is not itself a schema.</summary>
    public static List<SchemaEntry> InFragment(JsonNode root, string stem, bool operations, string prefix)
    {
        var entries = new List<SchemaEntry>();
        if (!root.IsObject)
        {
            return entries;
        }

        var inline = new InlineSchemas(entries, new List<JsonNode>(), prefix);
        if (root["operationId"] is not null || root["responses"] is { IsObject: true })
        {
            if (operations)
            {
                inline.Operation(root, string.Empty, root.GetString("operationId") is { } id ? Identifier.ToPascalCase(id, "Operation") : Identifier.ToPascalCase(stem, "Operation"));
            }

            return entries;
        }

        if (root["content"] is { IsObject: true })
        {
            if (operations)
            {
                inline.Content(root, string.Empty, Suffixed(stem, "Response"));
            }

            return entries;
        }

        foreach (var member in root.Members)
        {
            if (LooksLikeSchema(member.Value))
            {
                entries.Add(new SchemaEntry(JsonPointer.Append(string.Empty, member.Name), Prefixed(prefix, member.Name), SchemaEntryRole.Component));
            }
            else if (operations && member.Value is { IsObject: true } value && value["content"] is { IsObject: true } && value["in"] is null)
            {
                inline.Content(value, JsonPointer.Append(string.Empty, member.Name), Suffixed(member.Name, "Response"));
            }
        }

        return entries;
    }

    private static string Prefixed(string prefix, string key) => prefix.Length == 0 ? key : prefix + Identifier.ToPascalCase(key, "Definition");

    private static string Suffixed(string key, string role)
    {
        var name = Identifier.ToPascalCase(key, "Schema");
        return name.EndsWith(role, StringComparison.Ordinal) || name.EndsWith("Request", StringComparison.Ordinal) || name.EndsWith("Body", StringComparison.Ordinal) ? name : name + role;
    }

    /// <summary>The <c>operationId</c> in PascalCase, else the method and the words of the path (<c>get /users/{id}</c> → <c>GetUsersId</c>).</summary>
    private static string OperationName(JsonNode operation, string method, string path)
        => operation.GetString("operationId") is { } id && Identifier.ToPascalCase(id).Length > 0
            ? Identifier.ToPascalCase(id)
            : Identifier.ToPascalCase(method + " " + path, "Operation");

    private static bool IsTypeName(JsonNode node)
        => node.IsString && node.Text is "object" or "array" or "string" or "integer" or "number" or "boolean" or "null";

    private static bool AllTypeNames(JsonNode array)
    {
        foreach (var item in array.Items)
        {
            if (!IsTypeName(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Collects the inline schemas of operations, request bodies and responses, skipping those equal to a component.</summary>
    private sealed class InlineSchemas
    {
        private readonly List<SchemaEntry> _entries;
        private readonly Dictionary<int, List<JsonNode>> _components = new();
        private readonly HashSet<string> _pointers = new(StringComparer.Ordinal);
        private readonly string _prefix;

        public InlineSchemas(List<SchemaEntry> entries, List<JsonNode> components, string prefix)
        {
            _entries = entries;
            _prefix = prefix.Length == 0 ? string.Empty : Identifier.ToPascalCase(prefix);
            foreach (var component in components)
            {
                var hash = StructuralHash(component);
                if (!_components.TryGetValue(hash, out var list))
                {
                    list = new List<JsonNode>();
                    _components.Add(hash, list);
                }

                list.Add(component);
            }

            foreach (var entry in entries)
            {
                _pointers.Add(entry.Pointer);
            }
        }

        public void Operation(JsonNode operation, string pointer, string name)
        {
            if (operation["requestBody"] is { IsObject: true } body && body["$ref"] is null)
            {
                Content(body, JsonPointer.Append(pointer, "requestBody"), name + "Request");
            }

            if (operation["parameters"] is { IsArray: true } parameters)
            {
                for (var i = 0; i < parameters.Items.Count; i++)
                {
                    var parameter = parameters.Items[i];
                    if (!parameter.IsObject || parameter["$ref"] is not null || parameter["schema"] is not { IsObject: true } schema)
                    {
                        continue;
                    }

                    var at = JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(pointer, "parameters"), i), "schema");
                    if (parameter.GetString("in") == "body")
                    {
                        // Swagger 2.0: the request body is a parameter.
                        Add(schema, at, name + "Request");
                    }
                    else if (schema["type"] is { Text: "object" } || schema["properties"] is not null)
                    {
                        Add(schema, at, name + Identifier.ToPascalCase(parameter.GetString("name") ?? string.Empty, "Value") + "Parameter");
                    }
                }
            }

            if (operation["responses"] is { IsObject: true } responses)
            {
                string? primary = null;
                foreach (var response in responses.Members)
                {
                    if (response.Name.Length == 3 && response.Name[0] == '2' && (primary is null || string.CompareOrdinal(response.Name, primary) < 0))
                    {
                        primary = response.Name;
                    }
                }

                primary ??= responses["default"] is not null ? "default" : null;
                foreach (var response in responses.Members)
                {
                    if (!response.Value.IsObject || response.Value["$ref"] is not null)
                    {
                        continue;
                    }

                    var role = name + "Response" + (response.Name == primary ? string.Empty : Identifier.ToPascalCase(response.Name, "Other"));
                    var at = JsonPointer.Append(JsonPointer.Append(pointer, "responses"), response.Name);
                    if (response.Value["schema"] is { IsObject: true } schema)
                    {
                        Add(schema, JsonPointer.Append(at, "schema"), role);
                    }
                    else
                    {
                        Content(response.Value, at, role);
                    }
                }
            }
        }

        /// <summary>The schemas of a request body's or a response's <c>content</c>, one per distinct schema.</summary>
        public void Content(JsonNode holder, string pointer, string name)
        {
            if (!holder.IsObject || holder["$ref"] is not null || holder["content"] is not { IsObject: true } content)
            {
                return;
            }

            var seen = new List<JsonNode>();
            foreach (var media in content.Members)
            {
                if (media.Value["schema"] is not { IsObject: true } schema || seen.Exists(s => JsonNode.JsonEquals(s, schema)))
                {
                    continue;
                }

                var suffix = seen.Count == 0 ? string.Empty : Identifier.ToPascalCase(MediaSubtype(media.Name), "Media");
                seen.Add(schema);
                Add(schema, JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(pointer, "content"), media.Name), "schema"), name + suffix);
            }
        }

        private void Add(JsonNode schema, string pointer, string name)
        {
            if (!MakesType(schema) || IsComponent(schema) || !_pointers.Add(pointer))
            {
                return;
            }

            _entries.Add(new SchemaEntry(pointer, _prefix + name, SchemaEntryRole.Operation));
        }

        private bool IsComponent(JsonNode schema)
            => _components.TryGetValue(StructuralHash(schema), out var candidates) && candidates.Exists(c => JsonNode.JsonEquals(c, schema));

        /// <summary>Inline schemas that can make a type of their own or hold one: a lone <c>$ref</c> or a string has none.</summary>
        private static bool MakesType(JsonNode schema)
            => schema["$ref"] is null && (schema["properties"] is not null || schema["items"] is not null || schema["allOf"] is not null
                || schema["anyOf"] is not null || schema["oneOf"] is not null || schema["enum"] is not null
                || schema["additionalProperties"] is { IsObject: true } || schema["type"] is { Text: "object" or "array" });

        private static string MediaSubtype(string mediaType)
        {
            var slash = mediaType.IndexOf('/');
            var subtype = slash < 0 ? mediaType : mediaType.Substring(slash + 1);
            var parameters = subtype.IndexOf(';');
            return parameters < 0 ? subtype : subtype.Substring(0, parameters);
        }
    }

    /// <summary>A hash of a JSON value that ignores positions, to find equal schemas without comparing every pair.</summary>
    private static int StructuralHash(JsonNode node)
    {
        unchecked
        {
            var hash = (int)node.Kind * 31;
            switch (node.Kind)
            {
                case JsonNodeKind.String:
                    return hash ^ StringComparer.Ordinal.GetHashCode(node.Text!);
                case JsonNodeKind.Number:
                    return hash;
                case JsonNodeKind.Array:
                    foreach (var item in node.Items)
                    {
                        hash = (hash * 397) ^ StructuralHash(item);
                    }

                    return hash;
                case JsonNodeKind.Object:
                    // Member order does not matter to JSON equality.
                    var sum = 0;
                    foreach (var member in node.Members)
                    {
                        sum += StringComparer.Ordinal.GetHashCode(member.Name) * 7 + StructuralHash(member.Value);
                    }

                    return hash ^ sum ^ node.Members.Count;
                default:
                    return hash;
            }
        }
    }
}
