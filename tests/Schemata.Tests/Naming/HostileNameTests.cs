using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Naming;

/// <summary>
/// Names that real schemas use and that C# or records forbid, or that the generated code uses itself: every one of them
/// as a property, a <c>$defs</c> key (a type name), an enum value and a union branch must give code that compiles
/// with no warning, and the renames must be reported (SCH009) rather than break the build.
/// </summary>
public class HostileNameTests
{
    /// <summary>Members every record or <c>object</c> has or reserves.</summary>
    public static readonly string[] RecordMembers =
    {
        "Clone", "EqualityContract", "Deconstruct", "PrintMembers", "Equals", "GetHashCode", "ToString", "GetType",
        "Finalize", "MemberwiseClone", "ReferenceEquals",
    };

    /// <summary>Members and locals the generator writes into the types it makes.</summary>
    public static readonly string[] GeneratorMembers =
    {
        "FromJson", "ToJson", "ToJsonUtf8", "Validate", "AdditionalProperties", "JsonConverter", "Read", "Write", "ReadValue",
        "WriteValue", "Names", "Encoded", "Required0", "Rest", "Value", "Switch", "Match", "Kind", "TryGetString",
        "TryGetInteger", "TryGetNumber", "TryGetArray", "TryGetObject", "TryGetBoolean", "IsNull", "Null", "Unknown", "Item1",
        "Item2", "Length", "Count", "__V", "__SchemaFile", "__Validator", "__Names0__V", "v0", "found0", "reader", "writer",
        "value", "options", "other", "instance", "json", "utf8Json", "indented", "hash", "i", "c", "p", "q",
        // The aliases of System.Text.Json and the runtime that every generated file declares, the writer's local and
        // the runtime types and methods the writers call.
        "S", "J", "SchemataJson", "SchemataIO", "s", "j", "w", "o", "PropertyWriter", "ObjectWriter", "ObjectReader", "Model", "Optional", "OrNull", "End",
        "OptionalModel", "OrNullModel", "OptionalValue", "OrNullValue", "StringHandler", "ModelHandler", "JsonModelConverter",
    };

    /// <summary>Names that differ from each other or from a member only in case or punctuation.</summary>
    public static readonly string[] Variants =
    {
        "clone", "CLONE", "to_string", "to-string", "get_type", "equals", "url", "URL", "Url", "u_r_l", "foo_bar", "fooBar",
        "FooBar", "foo-bar", "foo bar", "additional_properties", "from-json", "validate", "json_converter",
    };

    /// <summary>C#'s keywords and contextual keywords.</summary>
    public static readonly string[] Keywords = SyntaxFacts.GetKeywordKinds().Select(SyntaxFacts.GetText)
        .Concat(SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText))
        .Where(k => k.Length > 0 && char.IsLetter(k[0]))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Names of namespaces and types the generated code refers to, or that users would write.</summary>
    public static readonly string[] FrameworkNames =
    {
        "System", "Object", "String", "Int32", "Int64", "Boolean", "Double", "Decimal", "DateTime", "DateTimeOffset", "DateOnly",
        "TimeOnly", "TimeSpan", "Guid", "Uri", "Type", "Exception", "Attribute", "Enum", "Math", "Console", "Task", "List",
        "Dictionary", "IReadOnlyList", "IReadOnlyDictionary", "IEnumerable", "JsonElement", "JsonSerializer", "JsonException",
        "Utf8JsonReader", "Utf8JsonWriter", "Nullable", "Action", "Func", "Span", "ReadOnlySpan", "Memory", "Collections",
        "Generic", "Text", "Json", "Serialization", "Schemata", "Consumer", "Microsoft", "Global", "GeneratedCode", "Obsolete",
        "ObsoleteAttribute", "Required", "RequiredAttribute", "JsonPropertyName", "SchemaSource", "SchemaValidationResult",
        "SchemaValidationContext", "PropertyNameTable", "SchemataJsonResolver", "ValueEquality",
    };

    public static readonly string[] All = RecordMembers.Concat(GeneratorMembers).Concat(Variants).Concat(Keywords).Concat(FrameworkNames)
        .Distinct(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_hostile_name_as_a_property_compiles()
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        for (var i = 0; i < All.Length; i++)
        {
            // Types, required-ness, nullability and deprecation rotate so that each name meets several shapes of member.
            properties[All[i]] = (i % 5) switch
            {
                0 => new JsonObject { ["type"] = "string" },
                1 => new JsonObject { ["type"] = new JsonArray("integer", "null"), ["deprecated"] = true },
                2 => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [All[i]] = new JsonObject { ["type"] = "boolean" } } } },
                3 => new JsonObject { ["enum"] = new JsonArray("a", "b"), ["deprecated"] = true },
                _ => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "number" } },
            };
            if (i % 2 == 0)
            {
                required.Add(All[i]);
            }
        }

        var schema = new JsonObject { ["title"] = "Hostile", ["type"] = "object", ["properties"] = properties, ["required"] = required };
        var run = GeneratorHarness.RunOne(schema.ToJsonString());

        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.Diagnostics("SCH009").ShouldNotBeEmpty();
    }

    [Fact]
    public void Every_hostile_name_as_a_type_an_enum_value_and_a_union_branch_compiles()
    {
        var definitions = new JsonObject();
        foreach (var name in All)
        {
            // A type with a property of its own name (CS0542 if kept) and one named like a record member.
            definitions[name] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { [name] = new JsonObject { ["type"] = "string" }, ["clone"] = new JsonObject { ["type"] = "integer" } },
                ["required"] = new JsonArray(name),
            };
        }

        var branches = new JsonArray(All.Take(40).Select(n => (JsonNode)new JsonObject { ["$ref"] = "#/$defs/" + Escape(n) }).ToArray());
        var schema = new JsonObject
        {
            ["title"] = "Hostile",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["choice"] = new JsonObject { ["oneOf"] = branches },
                ["primitive"] = new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "integer" }, new JsonObject { ["type"] = "array" }) },
                // Cases named like the members of the open union's Unknown case (SchemaStore had a case named Json).
                ["titled"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["title"] = "Json" }, new JsonObject { ["title"] = "Value", ["type"] = "object" }, new JsonObject { ["title"] = "Unknown", ["type"] = "array" }, new JsonObject { ["title"] = "Equals", ["type"] = "number" }) },
                ["several"] = new JsonObject { ["type"] = new JsonArray("string", "number", "boolean", "object", "array", "null") },
                ["word"] = new JsonObject { ["enum"] = new JsonArray(All.Select(n => (JsonNode)JsonValue.Create(n)!).ToArray()) },
                ["mixed"] = new JsonObject { ["enum"] = new JsonArray(All.Take(30).Select(n => (JsonNode)JsonValue.Create(n)!).Append(JsonValue.Create(1)).Append(JsonValue.Create(true)).ToArray()) },
                ["pair"] = new JsonObject { ["type"] = "array", ["prefixItems"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "integer" }) },
            },
            ["$defs"] = definitions,
        };

        var run = GeneratorHarness.RunOne(schema.ToJsonString());

        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void Types_named_like_the_members_of_their_own_checks_compile_and_validate()
    {
        // The checks of type T live in a file class named after T; its members are __V, __S0, __O0, __A0, __R0, __r0,
        // __SchemaFile…: types whose names would make the class one of its own members (CS0542) if it were "__" + T.
        using var schemas = CompiledSchemas.Compile(new[]
        {
            new SchemaFile(GeneratorHarness.ProjectDir + "schemas/test.json", """
                {
                  "title": "Holder",
                  "type": "object",
                  "properties": {
                    "v": { "$ref": "#/$defs/v" }, "s0": { "$ref": "#/$defs/s0" }, "o0": { "$ref": "#/$defs/o0" },
                    "a0": { "$ref": "#/$defs/a0" }, "r0": { "$ref": "#/$defs/r0" }, "file": { "$ref": "#/$defs/schemaFile" },
                    "code": { "$ref": "#/$defs/o0/properties/a" }
                  },
                  "$defs": {
                    "v": { "type": "string", "minLength": 1 },
                    "s0": { "type": "string", "minLength": 1 },
                    "o0": { "type": "object", "properties": { "a": { "type": "string", "minLength": 2 } } },
                    "a0": { "type": "array", "items": { "type": "string" } },
                    "r0": { "type": "string", "pattern": "^[a-z]+$" },
                    "schemaFile": { "type": "object", "properties": { "n": { "type": "string", "minLength": 1 }, "m": { "type": "array", "items": { "type": "integer", "minimum": 0 } } } }
                  }
                }
                """),
        });
        schemas.Run.CompilationProblems.ShouldBeEmpty(schemas.Run.Describe());
        schemas.Validate("schemas/test.json", """{"v": "x", "s0": "x", "o0": {"a": "xy"}, "a0": ["x"], "r0": "abc", "file": {"n": "x", "m": [1]}, "code": "xy"}""").IsValid.ShouldBeTrue();
        schemas.Validate("schemas/test.json", """{"v": "", "s0": "", "o0": {"a": "x"}, "a0": [1], "r0": "A", "file": {"n": "", "m": [-1]}, "code": "x"}""")
            .Errors.Select(e => e.InstanceLocation).ShouldBe(new[] { "/v", "/s0", "/o0/a", "/a0/0", "/r0", "/file/n", "/file/m/0", "/code" }, ignoreOrder: true);
    }

    [Fact]
    public void Enums_named_like_the_wire_value_helpers_compile()
    {
        // The converter and the helpers name an enum by its simple name, beside methods, fields and parameters of these
        // names (theirs, and those of System.Text.Json's JsonConverter<T>).
        var definitions = new JsonObject();
        var properties = new JsonObject();
        foreach (var name in new[] { "ToWireValue", "IsKnown", "TryFromWireValue", "SchemataEnums", "Table", "wire", "value", "found", "Read", "Write", "ReadValue", "WriteValue", "Type", "HandleNull", "CanConvert", "reader", "writer" })
        {
            definitions[name] = new JsonObject { ["enum"] = new JsonArray("a", "b") };
            properties["p" + name] = new JsonObject { ["$ref"] = "#/$defs/" + name };
        }

        var run = GeneratorHarness.RunOne(new JsonObject { ["title"] = "Holder", ["type"] = "object", ["properties"] = properties, ["$defs"] = definitions }.ToJsonString());

        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void Files_of_subschemas_with_equal_names_never_share_a_hint_name()
    {
        // Subschemas without a type of their own (validator-only classes) and types, whose names differ only in case,
        // across files and across namespaces that differ only in case; a namespace whose last part is a type's name
        // with a type named Validation (Consumer.Url + Validation is the file name of Url's validation class).
        string Schema(string title) => new JsonObject
        {
            ["title"] = title,
            ["type"] = "object",
            ["properties"] = new JsonObject { ["link"] = new JsonObject { ["$ref"] = "#/$defs/url" }, ["other"] = new JsonObject { ["$ref"] = "#/$defs/URL" } },
            ["$defs"] = new JsonObject
            {
                ["url"] = new JsonObject { ["type"] = "string", ["format"] = "uri" },
                ["URL"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                ["Url"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["href"] = new JsonObject { ["type"] = "string" } } },
                ["choice"] = new JsonObject { ["enum"] = new JsonArray("a", "b") },
                ["Choice"] = new JsonObject { ["enum"] = new JsonArray("c", "d") },
            },
        }.ToJsonString();

        var files = new List<SchemaFile>();
        for (var i = 0; i < 6; i++)
        {
            files.Add(new SchemaFile($"{GeneratorHarness.ProjectDir}schemas/a{i}.json", Schema(i % 2 == 0 ? "Thing" : "thing")));
        }

        files.Add(new SchemaFile(GeneratorHarness.ProjectDir + "schemas/ns1.json", Schema("Thing"), new Dictionary<string, string> { ["SchemataNamespace"] = "Consumer.Models" }));
        files.Add(new SchemaFile(GeneratorHarness.ProjectDir + "schemas/ns2.json", Schema("Thing"), new Dictionary<string, string> { ["SchemataNamespace"] = "Consumer.models" }));
        files.Add(new SchemaFile(GeneratorHarness.ProjectDir + "schemas/ns3.json", """{"title": "Validation", "type": "object", "properties": {"a": {"type": "string"}}}""", new Dictionary<string, string> { ["SchemataNamespace"] = "Consumer.Url" }));
        files.Add(new SchemaFile(GeneratorHarness.ProjectDir + "schemas/ns4.json", """{"title": "SchemataJsonResolver", "type": "string", "minLength": 2}""", new Dictionary<string, string> { ["SchemataNamespace"] = "Consumer" }));

        var run = GeneratorHarness.Run(files);

        run.GeneratorDiagnostics.Where(d => d.Id is "CS8785" or "SCH013").ShouldBeEmpty(run.Describe());
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        var hints = run.Sources.Select(s => s.HintName).ToList();
        hints.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(hints.Count);
        hints.ShouldContain(h => h.EndsWith(".Validation.g.cs", StringComparison.Ordinal));
        hints.ShouldContain("Consumer.Url.Validation.g.cs");
        hints.Count.ShouldBeGreaterThan(50);
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal).Replace("%", "%25", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
}
