using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Schemata.IntegrationTests.Infrastructure;

/// <summary>
/// Makes valid JSON instances of the schemas in one folder, deterministically (a seeded Random). It follows
/// <c>$ref</c>s by the fragment ids the corpora use (<c>#/components/schemas/Name</c>) and local pointers, includes
/// optional properties most of the time, explicit nulls where the schema admits them, and an undeclared property
/// where additional properties are allowed, so that every path of the generated converters is exercised.
/// Values are written in the canonical form the converters write (dates with offsets, exact binary fractions).
/// </summary>
internal sealed class InstanceGenerator
{
    private const int MaxDepth = 8;
    private static readonly Dictionary<string, Dictionary<string, JsonObject>> Folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _byId;
    private readonly Random _random;

    public InstanceGenerator(string folder, int seed)
    {
        _random = new Random(seed);
        lock (Folders)
        {
            if (!Folders.TryGetValue(folder, out var byId))
            {
                byId = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
                foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
                {
                    var schema = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
                    if (schema["$id"]?.GetValue<string>() is { } id)
                    {
                        byId[id] = schema;
                    }
                }

                Folders.Add(folder, byId);
            }

            _byId = byId;
        }
    }

    public JsonNode? Generate(JsonObject root) => Generate(root, root, 0);

    private JsonNode? Generate(JsonNode? schema, JsonObject root, int depth)
    {
        if (schema is not JsonObject s)
        {
            return "any value";
        }

        if (s["$ref"]?.GetValue<string>() is { } reference)
        {
            var (target, targetRoot) = Resolve(reference, root);
            return AllowsNull(s) && Chance(4) ? null : Generate(target, targetRoot, depth + 1);
        }

        // A document's root is never null: the C# type of a root holds values, null is expressed where it is used.
        if (depth > 0 && AllowsNull(s) && Chance(4))
        {
            return null;
        }

        if (s["const"] is { } constant)
        {
            return constant.DeepClone();
        }

        if (s["enum"] is JsonArray values)
        {
            var options = values.Where(v => v is not null).ToList();
            return options[_random.Next(options.Count)]!.DeepClone();
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (s[keyword] is JsonArray branches && branches.Count > 0 && s["type"] is null && s["properties"] is null)
            {
                return Generate(branches[0], root, depth + 1);
            }
        }

        var type = TypeOf(s);
        switch (type)
        {
            case "string":
                return String(s);
            case "integer":
                return Integer(s);
            case "number":
                return s["format"]?.GetValue<string>() == "float" ? 1.5 : Math.Round(_random.NextDouble() * 1000) / 4;
            case "boolean":
                return Chance(2);
            case "array":
                var array = new JsonArray();
                var count = depth >= MaxDepth ? 0 : _random.Next(3);
                for (var i = 0; i < count; i++)
                {
                    array.Add(Generate(s["items"], root, depth + 1));
                }

                return array;
            case "object":
                return Object(s, root, depth);
            default:
                return "untyped";
        }
    }

    private JsonObject Object(JsonObject s, JsonObject root, int depth)
    {
        var result = new JsonObject();
        var properties = new List<KeyValuePair<string, JsonNode?>>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        Collect(s, root, properties, required);
        foreach (var (name, propertySchema) in properties)
        {
            if (result.ContainsKey(name))
            {
                continue;
            }

            // A property with a default or a fixed value is always written back, so instances always carry it.
            var fixedOrDefault = propertySchema is JsonObject ps && (ps["default"] is not null || ps["const"] is not null);
            if (required.Contains(name) || fixedOrDefault || (depth < MaxDepth && !Chance(4)))
            {
                result[name] = Generate(propertySchema, root, depth + 1);
            }
        }

        foreach (var name in required.Where(n => !result.ContainsKey(n)))
        {
            // Required but not declared (the GitHub corpus has such schemas): any value will do.
            result[name] = "required-undeclared";
        }

        var additional = s["additionalProperties"];
        if (additional is JsonObject typed && typed.Count > 0)
        {
            if (depth < MaxDepth)
            {
                result["extra-" + _random.Next(100)] = Generate(typed, root, depth + 1);
            }
        }
        else if (additional?.GetValueKind() != System.Text.Json.JsonValueKind.False && Chance(3))
        {
            result["x-undeclared"] = new JsonObject { ["kept"] = true, ["n"] = 7 };
        }

        return result;
    }

    /// <summary>The properties of a schema and of its allOf branches.</summary>
    private void Collect(JsonObject s, JsonObject root, List<KeyValuePair<string, JsonNode?>> properties, HashSet<string> required)
    {
        if (s["properties"] is JsonObject declared)
        {
            properties.AddRange(declared);
        }

        if (s["required"] is JsonArray names)
        {
            required.UnionWith(names.Select(n => n!.GetValue<string>()));
        }

        if (s["allOf"] is JsonArray branches)
        {
            foreach (var branch in branches.OfType<JsonObject>())
            {
                var (target, _) = branch["$ref"]?.GetValue<string>() is { } reference ? Resolve(reference, root) : (branch, root);
                Collect(target, root, properties, required);
            }
        }
    }

    private JsonNode String(JsonObject s) => s["format"]?.GetValue<string>() switch
    {
        "date-time" => DateTime(),
        "date" => new DateOnly(2020, 1, 1).AddDays(_random.Next(2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "uuid" => new Guid(Enumerable.Range(0, 16).Select(_ => (byte)_random.Next(256)).ToArray()).ToString(),
        "uri" => $"https://example.com/resources/{_random.Next(1000)}?page={_random.Next(10)}",
        "email" => $"user{_random.Next(1000)}@example.com",
        _ => "text-" + _random.Next(1_000_000).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A date-time as the converters write it: offset zero as Z, other offsets as they are, a fraction without trailing zeros.</summary>
    private string DateTime()
    {
        var offset = TimeSpan.FromMinutes(new[] { 0, 0, 120, -330 }[_random.Next(4)]);
        var value = new DateTimeOffset(2020, 1, 1, 0, 0, 0, offset).AddMinutes(_random.Next(1_000_000)).AddMilliseconds(_random.Next(3) == 0 ? _random.Next(1000) : 0);
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
        return text + (offset == TimeSpan.Zero ? "Z" : value.ToString("zzz", CultureInfo.InvariantCulture));
    }

    private JsonNode Integer(JsonObject s)
    {
        var minimum = s["minimum"]?.GetValue<double>() ?? 0;
        var value = (long)minimum + _random.Next(1000);
        return s["format"]?.GetValue<string>() == "int64" ? value * 1_000_000_007L : value;
    }

    private static string? TypeOf(JsonObject s)
    {
        var type = s["type"];
        if (type is JsonArray types)
        {
            return types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null");
        }

        if (type is not null)
        {
            return type.GetValue<string>();
        }

        return s["properties"] is not null || s["additionalProperties"] is not null || s["allOf"] is not null ? "object" : null;
    }

    private static bool AllowsNull(JsonObject s)
        => s["nullable"]?.GetValueKind() == System.Text.Json.JsonValueKind.True
            || (s["type"] is JsonArray types && types.Any(t => t!.GetValue<string>() == "null"))
            || (s["enum"] is JsonArray values && values.Any(v => v is null));

    private (JsonObject Schema, JsonObject Root) Resolve(string reference, JsonObject root)
    {
        if (_byId.TryGetValue(reference, out var target))
        {
            return (target, target);
        }

        JsonNode? node = root;
        foreach (var token in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node?[token.Replace("~1", "/").Replace("~0", "~")];
        }

        return (node as JsonObject ?? throw new InvalidOperationException("Unresolvable test reference " + reference), root);
    }

    private bool Chance(int oneIn) => _random.Next(oneIn) == 0;
}
