using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Schemata.Benchmarks.Validation;

/// <summary>
/// A corpus folder as JsonSchema.Net 8 reads it, resolved the way <c>NJsonSchemaBundle</c> resolves it for NJsonSchema.
/// The corpus files carry fragment ids (<c>"$id": "#/components/schemas/Name"</c>), which draft 2020-12 does not allow,
/// so every file becomes <c>$defs/Name</c> of one bundle document with an absolute <c>$id</c>, and references are
/// rewritten to <c>#/$defs/Name</c>. The bundle is built into a registry of its own, and a schema is
/// <c>{"$ref": "bundle#/$defs/Name"}</c>, built against that registry: every reference is resolved once, at build time.
/// Nothing else is changed (the corpus has no OpenAPI <c>nullable</c>; <c>format</c> stays an annotation, as it is by
/// default for Schemata and for JsonSchema.Net in draft 2020-12).
/// </summary>
internal sealed class JsonSchemaNetBundle
{
    private const string ComponentPrefix = "#/components/schemas/";
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    // An address of the reserved example domain: nothing is fetched from it, it only makes the bundle's id absolute.
    private static readonly Uri BundleId = new("https://schemata.example/stytch-bundle.json");

    private readonly BuildOptions _options;

    private JsonSchemaNetBundle(BuildOptions options) => _options = options;

    /// <summary>Builds the bundle of every file of <paramref name="folder"/> and registers it.</summary>
    public static JsonSchemaNetBundle Load(string folder)
    {
        var definitions = new JsonObject();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var schema = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            definitions[NameOf(file, schema)] = Rewrite(schema);
        }

        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var bundle = new JsonObject { ["$schema"] = Draft, ["$id"] = BundleId.ToString(), ["$defs"] = definitions };
        JsonSchema.FromText(bundle.ToJsonString(), options);
        return new JsonSchemaNetBundle(options);
    }

    /// <summary>The root schema of <paramref name="file"/> (a file name of the folder), built against the bundle.</summary>
    public JsonSchema Schema(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        var name = NameOf(path, JsonNode.Parse(File.ReadAllText(path))!.AsObject());
        var root = new JsonObject { ["$schema"] = Draft, ["$ref"] = BundleId + "#/$defs/" + name };
        return JsonSchema.FromText(root.ToJsonString(), _options);
    }

    private static string NameOf(string file, JsonObject schema)
    {
        var id = schema["$id"]?.GetValue<string>();
        return id is not null && id.StartsWith(ComponentPrefix, StringComparison.Ordinal) ? id[ComponentPrefix.Length..] : Path.GetFileNameWithoutExtension(file);
    }

    private static JsonObject Rewrite(JsonObject schema)
    {
        schema.Remove("$id");
        schema.Remove("$schema");
        RewriteReferences(schema);
        return schema;
    }

    private static void RewriteReferences(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue refValue && refValue.TryGetValue<string>(out var reference) && reference.StartsWith(ComponentPrefix, StringComparison.Ordinal))
                {
                    obj["$ref"] = "#/$defs/" + reference[ComponentPrefix.Length..];
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    RewriteReferences(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RewriteReferences(child);
                }

                break;
        }
    }
}
