using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Schemata.IntegrationTests.Validation;

/// <summary>
/// A corpus folder as NJsonSchema 10.7.2 can read it. The corpora are one schema per file, each with a fragment id
/// (<c>"$id": "#/components/schemas/Name"</c>) that others reference; NJsonSchema resolves references only inside one
/// document, so every file becomes <c>definitions/Name</c> of one document and references are rewritten to
/// <c>#/definitions/Name</c>. OpenAPI's <c>nullable: true</c> becomes NJsonSchema's <c>x-nullable: true</c>, the
/// spelling it honours in JSON Schema mode. Nothing else is changed.
/// </summary>
internal static class NJsonSchemaBundle
{
    private const string ComponentPrefix = "#/components/schemas/";

    /// <summary>The schema of every file of <paramref name="folder"/>, by file name.</summary>
    public static Dictionary<string, JsonSchema> Load(string folder)
    {
        var definitions = new JsonObject();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var schema = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var id = schema["$id"]?.GetValue<string>();
            var name = id is not null && id.StartsWith(ComponentPrefix, StringComparison.Ordinal) ? id.Substring(ComponentPrefix.Length) : Path.GetFileNameWithoutExtension(file);
            schema.Remove("$id");
            schema.Remove("$schema");
            Rewrite(schema);
            definitions[name] = schema;
            names[Path.GetFileName(file)] = name;
        }

        var bundle = JsonSchema.FromJsonAsync(new JsonObject { ["definitions"] = definitions }.ToJsonString()).GetAwaiter().GetResult();
        return names.ToDictionary(p => p.Key, p => bundle.Definitions[p.Value], StringComparer.Ordinal);
    }

    private static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue refValue && refValue.TryGetValue<string>(out var reference) && reference.StartsWith(ComponentPrefix, StringComparison.Ordinal))
                {
                    obj["$ref"] = "#/definitions/" + reference.Substring(ComponentPrefix.Length);
                }

                if (obj["nullable"] is JsonValue nullable && nullable.GetValueKind() == System.Text.Json.JsonValueKind.True)
                {
                    obj.Remove("nullable");
                    obj["x-nullable"] = true;
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    Rewrite(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Rewrite(child);
                }

                break;
        }
    }
}
