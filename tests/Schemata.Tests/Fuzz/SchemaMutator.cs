using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Schemata.Tests.Fuzz;

/// <summary>
/// Breaks a schema's text in the ways hostile or careless input does: keywords removed, replaced or added with values of
/// the wrong type, huge and tiny numbers, broken references, odd names and enum values (control characters, characters
/// outside the BMP, lone surrogates, keywords of C#), 1 MB strings, nesting thousands of levels deep, duplicate keys and
/// truncated or corrupted JSON. Deterministic: the same seed gives the same mutations.
/// </summary>
internal sealed class SchemaMutator
{
    private const int OneMegabyte = 1 << 20;

    private static readonly string[] Keywords =
    {
        "type", "properties", "required", "items", "prefixItems", "additionalProperties", "patternProperties", "enum", "const",
        "default", "$ref", "$id", "$anchor", "$defs", "definitions", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
        "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
        "minItems", "maxItems", "uniqueItems", "contains", "minContains", "maxContains", "minProperties", "maxProperties",
        "propertyNames", "dependentRequired", "dependentSchemas", "dependencies", "unevaluatedProperties", "unevaluatedItems",
        "title", "description", "nullable", "readOnly", "writeOnly", "deprecated", "examples", "example", "contentEncoding",
        "$schema", "x-enum-varnames", "x-enumNames", "discriminator", "$dynamicRef", "$recursiveRef",
    };

    private static readonly string[] Types = { "string", "integer", "number", "boolean", "object", "array", "null" };

    private static readonly string[] Formats = { "date-time", "date", "time", "duration", "email", "uri", "uuid", "ipv4", "ipv6", "regex", "int32", "int64", "byte", "binary", "hostname", "nonsense" };

    private static readonly string[] Numbers =
    {
        "0", "-0", "1", "-1", "1.5", "-2.5", "1e400", "-1e400", "1e-400", "1E+308", "4.9e-324", "123456789012345678901234567890",
        "-123456789012345678901234567890", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0.1e1", "1e20",
        "18446744073709551616", "0.000000000000000000000000000001",
    };

    private static readonly string[] OddTexts = new[]
    {
        "", " ", "class", "namespace", "Equals", "GetHashCode", "ToString", "AdditionalProperties", "JsonConverter", "Validate",
        "1st", "+1", "-1", "a-b", "a_b", "A_B", "a b", "a.b", "a/b", "a~b", "a\"b", "a\\b", "<tag>", "&amp;", "*/", "/*", "///", "\"\"\"",
        "\u0000", "\u0001\u0002", "\t\n\r", "\u2028\u2029", "\u200B", "\uFEFF", "😀", "𝔘𝔫𝔦", "a😀b", "日本語", "é", "e\u0301", "İ", "ß", "Σ",
        "@", "#", "$", "%", "{0}", "{", "}", "null", "true", "value", "Value", "_", "__", "x-", "$ref", "#/$defs/a",
    }.Concat(Naming.HostileNameTests.All).ToArray(); // record and generator members, C# keywords, framework names

    private static readonly string[] References =
    {
        "#", "#/", "#/$defs/nothing", "#/properties", "#/definitions", "#//", "#/%", "#/~2", "#/$defs/a~", "#nowhere",
        "http://example.com/missing.json", "missing.json", "%%%", "#/items/0", "#/allOf/5", "urn:x", "", " ", "#/properties/~1",
        "https://json-schema.org/draft/2020-12/schema",
    };

    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 4096 };
    private static readonly JsonSerializerOptions Escaped = new() { MaxDepth = 4096 };

    private readonly Random _random;

    public SchemaMutator(Random random) => _random = random;

    /// <summary>The mutated text and the names of the mutations applied, in order.</summary>
    public (string Text, List<string> Kinds) Mutate(string text)
    {
        var kinds = new List<string>();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var (next, kind) = MutateOnce(text);
            text = next;
            kinds.Add(kind);
        }

        return (text, kinds);
    }

    private (string Text, string Kind) MutateOnce(string text)
    {
        var roll = _random.Next(100);
        if (roll < 8)
        {
            return (Truncate(text), "truncate");
        }

        if (roll < 14)
        {
            return (DuplicateKey(text), "duplicate-key");
        }

        if (roll < 19)
        {
            return (Corrupt(text), "corrupt-char");
        }

        if (roll < 23)
        {
            return (InsertEscape(text), "escape-in-string");
        }

        try
        {
            return MutateTree(text);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // An earlier mutation broke the JSON, duplicated a key (JsonNode refuses both) or left a lone surrogate
            // escape (JsonNode cannot write it back): keep breaking it as text.
            return (Corrupt(text), "corrupt-char");
        }
    }

    private (string Text, string Kind) MutateTree(string text)
    {
        JsonNode? root;
        var objects = new List<JsonObject>();
        root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 4096 });
        if (root is JsonObject parsed)
        {
            // JsonObject reads its members lazily: duplicate keys surface here.
            Collect(parsed, objects);
        }

        if (root is not JsonObject rootObject)
        {
            return (Truncate(text), "truncate");
        }

        var target = objects[_random.Next(objects.Count)];
        string kind;
        string? deep = null;
        var tree = _random.Next(100);
        if (tree < 15)
        {
            kind = "remove-keyword";
            if (target.Count > 0)
            {
                target.Remove(target.ElementAt(_random.Next(target.Count)).Key);
            }
        }
        else if (tree < 32)
        {
            kind = "wrong-value";
            var keyword = target.Count > 0 && _random.Next(2) == 0 ? target.ElementAt(_random.Next(target.Count)).Key : Pick(Keywords);
            target[keyword] = RandomValue(depth: 0);
        }
        else if (tree < 47)
        {
            kind = "add-keyword";
            var keyword = Pick(Keywords);
            target[keyword] = PlausibleValue(keyword, rootObject);
        }
        else if (tree < 57)
        {
            kind = "odd-property-name";
            var properties = target["properties"] as JsonObject ?? (JsonObject)(target["properties"] = new JsonObject());
            properties[OddName()] = _random.Next(3) == 0 ? new JsonObject { ["type"] = Pick(Types) } : (JsonNode)new JsonObject { ["enum"] = OddEnum() };
            if (_random.Next(2) == 0)
            {
                target["required"] = new JsonArray(properties.Select(p => (JsonNode)JsonValue.Create(p.Key)!).ToArray());
            }
        }
        else if (tree < 66)
        {
            kind = "odd-enum";
            target["enum"] = OddEnum();
            if (_random.Next(2) == 0)
            {
                target["type"] = Pick(Types);
            }
        }
        else if (tree < 72)
        {
            kind = "number-extreme";
            target[Pick(new[] { "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "const", "default" })]
                = JsonNode.Parse(Pick(Numbers));
        }
        else if (tree < 80)
        {
            kind = "broken-ref";
            target["$ref"] = _random.Next(4) == 0 ? SelfPointer(rootObject, target) : Pick(References);
        }
        else if (tree < 86)
        {
            kind = "megabyte-string";
            var huge = new string((char)('a' + _random.Next(26)), OneMegabyte);
            switch (_random.Next(4))
            {
                case 0:
                    target["description"] = huge;
                    break;
                case 1:
                    target["enum"] = new JsonArray(JsonValue.Create(huge), JsonValue.Create("b"));
                    break;
                case 2:
                    target["title"] = huge;
                    break;
                default:
                    target["pattern"] = "^" + huge + "$";
                    break;
            }
        }
        else if (tree < 94)
        {
            kind = "deep-nesting";
            var levels = _random.Next(4) == 0 ? 10_000 : 1 + _random.Next(300);
            deep = Nest(levels);
            target["properties"] = new JsonObject { ["deep"] = "\u0001DEEP\u0001" };
        }
        else
        {
            kind = "odd-title";
            target["title"] = OddName();
        }

        var result = root.ToJsonString(_random.Next(2) == 0 ? Raw : Escaped);
        if (deep is not null)
        {
            result = result.Replace("\"\\u0001DEEP\\u0001\"", deep, StringComparison.Ordinal).Replace("\"\u0001DEEP\u0001\"", deep, StringComparison.Ordinal);
        }

        return (result, kind);
    }

    private static void Collect(JsonNode node, List<JsonObject> objects)
    {
        switch (node)
        {
            case JsonObject o:
                objects.Add(o);
                foreach (var (_, value) in o)
                {
                    if (value is not null)
                    {
                        Collect(value, objects);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Collect(item, objects);
                    }
                }

                break;
        }
    }

    private string Nest(int levels)
    {
        var open = Pick(new[] { "{\"items\": ", "{\"properties\": {\"x\": ", "{\"allOf\": [", "{\"not\": ", "{\"type\": \"object\", \"additionalProperties\": " });
        var close = open switch
        {
            "{\"properties\": {\"x\": " => "}}",
            "{\"allOf\": [" => "]}",
            _ => "}",
        };
        var builder = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            builder.Append(open);
        }

        builder.Append("{\"type\": \"string\"}");
        for (var i = 0; i < levels; i++)
        {
            builder.Append(close);
        }

        return builder.ToString();
    }

    private JsonNode? PlausibleValue(string keyword, JsonObject root)
    {
        if (_random.Next(3) == 0)
        {
            return RandomValue(0);
        }

        return keyword switch
        {
            "type" => _random.Next(3) == 0 ? new JsonArray(JsonValue.Create(Pick(Types)), JsonValue.Create(Pick(Types))) : Pick(Types),
            "properties" or "$defs" or "definitions" or "patternProperties" or "dependentSchemas"
                => new JsonObject { [_random.Next(2) == 0 ? OddName() : "(a|b"] = new JsonObject { ["type"] = Pick(Types) } },
            "required" => new JsonArray(JsonValue.Create(OddName()), JsonValue.Create("a")),
            "items" or "additionalProperties" or "not" or "if" or "then" or "else" or "contains" or "propertyNames" or "unevaluatedProperties"
                => _random.Next(3) == 0 ? JsonValue.Create(_random.Next(2) == 0) : new JsonObject { ["type"] = Pick(Types) },
            "prefixItems" or "allOf" or "anyOf" or "oneOf"
                => new JsonArray(new JsonObject { ["type"] = Pick(Types) }, new JsonObject { ["type"] = Pick(Types), ["minimum"] = 1 }),
            "enum" or "examples" or "x-enum-varnames" or "x-enumNames" => OddEnum(),
            "const" or "default" or "example" => RandomValue(0),
            "$ref" or "$dynamicRef" or "$recursiveRef" => _random.Next(2) == 0 ? Pick(References) : SelfPointer(root, root),
            "pattern" => Pick(new[] { "^a+$", "(a|", "[", "\\p{Letter}", "(?<=a)b", "\\", "^(a+)+$", "\\u{1F600}", "[😀-😎]", "a{2,1}", "(?i)x" }),
            "format" => Pick(Formats),
            "dependentRequired" or "dependencies" => new JsonObject { ["a"] = new JsonArray(JsonValue.Create("b")) },
            "$schema" => Pick(new[] { "http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2019-09/schema", "nonsense" }),
            "$id" or "$anchor" => Pick(new[] { "#a", "a", "https://example.com/x.json", "#/components/schemas/x", "", "%" }),
            "discriminator" => new JsonObject { ["propertyName"] = "kind" },
            _ => JsonNode.Parse(Pick(Numbers)),
        };
    }

    private JsonNode? RandomValue(int depth)
    {
        switch (_random.Next(depth > 1 ? 6 : 8))
        {
            case 0:
                return null;
            case 1:
                return JsonValue.Create(_random.Next(2) == 0);
            case 2:
                return JsonNode.Parse(Pick(Numbers));
            case 3:
                return JsonValue.Create(OddName());
            case 4:
                return JsonValue.Create(Pick(Types));
            case 5:
                return JsonValue.Create(Pick(References));
            case 6:
                return new JsonArray(RandomValue(depth + 1), RandomValue(depth + 1));
            default:
                return new JsonObject { [Pick(Keywords)] = RandomValue(depth + 1) };
        }
    }

    private JsonArray OddEnum()
    {
        var array = new JsonArray();
        var count = _random.Next(5);
        for (var i = 0; i < count; i++)
        {
            array.Add(_random.Next(4) switch
            {
                0 => JsonNode.Parse(Pick(Numbers)),
                1 => null,
                2 => JsonValue.Create(_random.Next(2) == 0),
                _ => JsonValue.Create(OddName()),
            });
        }

        if (count > 0 && _random.Next(4) == 0)
        {
            array.Add(array[0]?.DeepClone());
        }

        return array;
    }

    private string OddName()
    {
        var name = Pick(OddTexts);
        return _random.Next(3) switch
        {
            0 => name,
            1 => name + Pick(OddTexts),
            _ => char.ConvertFromUtf32(_random.Next(4) == 0 ? 0x10000 + _random.Next(0xFFFFF) : 1 + _random.Next(0x1F)) + name,
        };
    }

    private static string SelfPointer(JsonObject root, JsonObject target)
    {
        var path = target.GetPath();
        return "#" + (path == "$" ? string.Empty : "/" + path.Substring(2).Replace("['", "/").Replace("']", string.Empty).Replace("[", "/").Replace("]", string.Empty).Replace(".", "/").TrimStart('/'));
    }

    private string Truncate(string text) => text.Length == 0 ? text : text.Substring(0, _random.Next(text.Length));

    private string DuplicateKey(string text)
    {
        var braces = Positions(text, '{');
        if (braces.Count == 0)
        {
            return text;
        }

        var at = braces[_random.Next(braces.Count)] + 1;
        var insert = _random.Next(2) == 0 ? "\"type\": \"string\", \"type\": \"integer\", " : "\"properties\": {\"a\": {\"type\": \"string\"}, \"a\": {\"type\": \"integer\"}}, ";
        return text.Insert(at, insert);
    }

    private string Corrupt(string text)
    {
        if (text.Length == 0)
        {
            return "{";
        }

        var at = _random.Next(text.Length);
        var replacement = Pick(new[] { "\"", "{", "}", "[", "]", ",", ":", "\\", "\u0000", "\u0001", "😀", "\uD800", "\uDC00", "\u2028", "1e999", "nul", "/*" });
        return text.Substring(0, at) + replacement + text.Substring(Math.Min(text.Length, at + _random.Next(3)));
    }

    /// <summary>Puts an escape into a string of the JSON text: a lone surrogate, a control character, a non-BMP pair.</summary>
    private string InsertEscape(string text)
    {
        var quotes = Positions(text, '"');
        if (quotes.Count == 0)
        {
            return text;
        }

        var at = quotes[_random.Next(quotes.Count)] + 1;
        return text.Insert(at, Pick(new[] { "\\ud800", "\\udc00", "\\u0000", "\\u001f", "\\ud83d\\ude00", "\\u2028", "\\\\", "\\\"", "\\ud800x" }));
    }

    private static List<int> Positions(string text, char c)
    {
        var result = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == c)
            {
                result.Add(i);
            }
        }

        return result;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
