using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Schemata.IntegrationTests.Validation;

/// <summary>One way to break a valid instance, and where it was applied.</summary>
internal sealed record Mutation(string Kind, string Path, JsonNode Instance);

/// <summary>
/// Breaks valid instances of a corpus schema in one place, in a way the schema forbids: a required property
/// removed, a value of the wrong type, a value outside an enum, null where null is not allowed, or an undeclared
/// property where <c>additionalProperties</c> is false. It walks the instance and its schema together, through
/// <c>$ref</c>, <c>allOf</c>, <c>properties</c>, <c>items</c> and typed <c>additionalProperties</c>; values under
/// <c>oneOf</c>/<c>anyOf</c> are left alone (breaking one branch may still match another).
/// </summary>
internal sealed class InstanceMutator
{
    private readonly Dictionary<string, JsonObject> _byId;
    private readonly Random _random;

    public InstanceMutator(string folder, int seed)
    {
        _random = new Random(seed);
        _byId = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            var schema = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            if (schema["$id"]?.GetValue<string>() is { } id)
            {
                _byId[id] = schema;
            }
        }
    }

    /// <summary>A broken copy of <paramref name="instance"/>, or null when the schema leaves nothing to break.</summary>
    public Mutation? Mutate(JsonNode instance, JsonObject schema)
    {
        var copy = instance.DeepClone();
        var sites = new List<(string Kind, string Path, Action Apply)>();
        Collect(copy, schema, schema, string.Empty, sites, 0);
        if (sites.Count == 0)
        {
            return null;
        }

        var (kind, path, apply) = sites[_random.Next(sites.Count)];
        apply();
        return new Mutation(kind, path.Length == 0 ? "(root)" : path, copy);
    }

    private void Collect(JsonNode? value, JsonObject schema, JsonObject root, string path, List<(string, string, Action)> sites, int depth)
    {
        if (depth > 12)
        {
            return;
        }

        var (s, r) = Resolve(schema, root);
        if (s["oneOf"] is not null || s["anyOf"] is not null || s["not"] is not null)
        {
            return;
        }

        switch (value)
        {
            case JsonObject obj:
                var properties = new Dictionary<string, (JsonObject Schema, JsonObject Root)>(StringComparer.Ordinal);
                var required = new HashSet<string>(StringComparer.Ordinal);
                var closed = false;
                Gather(s, r, properties, required, ref closed, 0);
                foreach (var name in required.Where(obj.ContainsKey))
                {
                    sites.Add(("missing required property", path + "/" + name, () => obj.Remove(name)));
                }

                if (closed)
                {
                    sites.Add(("undeclared property where additionalProperties is false", path + "/zz-undeclared", () => obj["zz-undeclared"] = 1));
                }

                foreach (var (name, (propertySchema, propertyRoot)) in properties)
                {
                    if (!obj.ContainsKey(name))
                    {
                        continue;
                    }

                    var propertyPath = path + "/" + name;
                    AddValueSites(obj, name, propertySchema, propertyRoot, propertyPath, sites);
                    Collect(obj[name], propertySchema, propertyRoot, propertyPath, sites, depth + 1);
                }

                break;
            case JsonArray array when s["items"] is JsonObject itemSchema:
                for (var i = 0; i < array.Count; i++)
                {
                    var index = i;
                    var itemPath = path + "/" + i;
                    var (resolved, resolvedRoot) = Resolve(itemSchema, r);
                    if (WrongValue(resolved, resolvedRoot) is { } wrong)
                    {
                        sites.Add(("wrong type", itemPath, () => array[index] = wrong.DeepClone()));
                    }

                    Collect(array[i], itemSchema, r, itemPath, sites, depth + 1);
                }

                break;
        }
    }

    private void AddValueSites(JsonObject obj, string name, JsonObject schema, JsonObject root, string path, List<(string, string, Action)> sites)
    {
        var (s, r) = Resolve(schema, root);
        if (s["oneOf"] is not null || s["anyOf"] is not null || s["not"] is not null)
        {
            return;
        }

        if (WrongValue(s, r) is { } wrong)
        {
            sites.Add(("wrong type", path, () => obj[name] = wrong.DeepClone()));
        }

        if (s["enum"] is JsonArray)
        {
            sites.Add(("value outside the enum", path, () => obj[name] = "zz-not-a-member"));
        }

        if (!AllowsNull(schema) && !AllowsNull(s) && TypeOf(s) is not null)
        {
            sites.Add(("null where null is not allowed", path, () => obj[name] = null));
        }
    }

    /// <summary>A value of another JSON type than the schema's, or null when the schema has no single type.</summary>
    private static JsonNode? WrongValue(JsonObject s, JsonObject root) => TypeOf(s) switch
    {
        "string" => JsonValue.Create(12345),
        "integer" or "number" => JsonValue.Create("not a number"),
        "boolean" => JsonValue.Create("yes"),
        "object" => JsonValue.Create("an object was expected"),
        "array" => new JsonObject { ["not"] = "an array" },
        _ => null,
    };

    private void Gather(JsonObject s, JsonObject root, Dictionary<string, (JsonObject, JsonObject)> properties, HashSet<string> required, ref bool closed, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (s["properties"] is JsonObject declared)
        {
            foreach (var (name, value) in declared)
            {
                if (value is JsonObject propertySchema)
                {
                    properties.TryAdd(name, (propertySchema, root));
                }
            }
        }

        if (s["required"] is JsonArray names)
        {
            required.UnionWith(names.Select(n => n!.GetValue<string>()));
        }

        closed |= s["additionalProperties"]?.GetValueKind() == System.Text.Json.JsonValueKind.False && s["allOf"] is null;
        if (s["allOf"] is JsonArray branches)
        {
            foreach (var branch in branches.OfType<JsonObject>())
            {
                var (target, targetRoot) = Resolve(branch, root);
                Gather(target, targetRoot, properties, required, ref closed, depth + 1);
            }
        }
    }

    private (JsonObject Schema, JsonObject Root) Resolve(JsonObject schema, JsonObject root)
    {
        for (var hops = 0; hops < 16 && schema["$ref"] is JsonValue refValue && refValue.TryGetValue<string>(out var reference); hops++)
        {
            if (_byId.TryGetValue(reference, out var target))
            {
                (schema, root) = (target, target);
                continue;
            }

            JsonNode? node = root;
            foreach (var token in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node?[token.Replace("~1", "/").Replace("~0", "~")];
            }

            schema = node as JsonObject ?? throw new InvalidOperationException("Unresolvable test reference " + reference);
        }

        return (schema, root);
    }

    private static string? TypeOf(JsonObject s)
    {
        var type = s["type"];
        if (type is JsonArray types)
        {
            var nonNull = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
            return nonNull.Count == 1 ? nonNull[0] : null;
        }

        return type?.GetValue<string>();
    }

    private static bool AllowsNull(JsonObject s)
        => s["nullable"]?.GetValueKind() == System.Text.Json.JsonValueKind.True
            || s["x-nullable"]?.GetValueKind() == System.Text.Json.JsonValueKind.True
            || (s["type"] is JsonArray types && types.Any(t => t!.GetValue<string>() == "null"))
            || (s["enum"] is JsonArray values && values.Any(v => v is null))
            || s["type"] is null;
}
