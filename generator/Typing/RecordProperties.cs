using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Naming;
using Schemata.Generator.Reading;

namespace Schemata.Generator.Typing;

/// <summary>A property as a schema declares it, typed, before it gets its C# name.</summary>
internal sealed record DeclaredProperty
{
    public required string JsonName { get; init; }

    /// <summary>The property's schema.</summary>
    public required JsonNode Schema { get; init; }

    /// <summary>Where its name is written, for diagnostics about it (with the pointer of the property's schema).</summary>
    public required LocationInfo NameSpan { get; init; }

    public required TypeRef Type { get; init; }

    public required bool IsRequired { get; init; }

    public required string? Summary { get; init; }

    public required bool Deprecated { get; init; }

    public required string? Initializer { get; init; }

    public required bool IsConst { get; init; }

    public required string? Remarks { get; init; }

    public required string? Example { get; init; }

    /// <summary>
    /// The property schemas its summary comes from, in order: the first that has one gives it (null: this property's own,
    /// at <see cref="NameSpan"/>). A property merged from several branches has several.
    /// </summary>
    public IReadOnlyList<LocationInfo>? DocSources { get; init; }

    /// <summary><c>writeOnly</c>, <c>format: password</c> or <c>x-sensitive</c>: <c>ToString()</c> hides the value.</summary>
    public bool IsSensitive { get; init; }

    /// <summary>The property schemas its summary is taken from (see <see cref="DocSources"/>).</summary>
    public IReadOnlyList<LocationInfo> Described => DocSources ?? new[] { NameSpan };

    /// <summary>The property with another C# type; the initializer is worked out again for it, from a value <paramref name="holds"/> allows.</summary>
    public DeclaredProperty WithType(TypeRef type, System.Func<JsonNode, bool>? holds = null)
    {
        var (initializer, isConst) = ValueLiterals.Initializer(Schema, type, holds);
        return this with { Type = type, Initializer = initializer, IsConst = isConst };
    }

    public PropertyModel ToModel(string name)
        => new(JsonName, name, Type, IsRequired, Summary, Deprecated, Initializer, IsConst, Remarks, Example, IsSensitive);
}

/// <summary>
/// Reads the properties of a record's schema and names them: the one place that decides a record's members, used for
/// every record (<see cref="TypeModelBuilder"/>) and for the records that <c>allOf</c> merges or derives from
/// (<see cref="RecordComposer"/>), so that a derived record and its base agree on every member.
/// </summary>
internal static class RecordProperties
{
    /// <summary>The properties <paramref name="node"/> declares, in order; those named in <paramref name="required"/> are required.</summary>
    public static List<DeclaredProperty> Read(JsonNode node, SchemaLocation location, SchemaDialect dialect, TypeMapper mapper, ICollection<string> required)
    {
        var declaredProperties = new List<DeclaredProperty>();
        if (node["properties"] is not { IsObject: true } declared)
        {
            return declaredProperties;
        }

        var pointer = JsonPointer.Append(location.Pointer, "properties");
        foreach (var member in declared.Members)
        {
            var schema = member.Value;
            var at = JsonPointer.Append(pointer, member.Name);
            var type = mapper.Map(schema, new SchemaLocation(location.DocumentPath, at), dialect);
            var (initializer, isConst) = ValueLiterals.Initializer(schema, type);
            declaredProperties.Add(new DeclaredProperty
            {
                JsonName = member.Name,
                Schema = schema,
                NameSpan = LocationInfo.NameAt(location.DocumentPath, at, member.NameSpan),
                Type = type,
                IsRequired = required.Contains(member.Name),
                Summary = TypeModelBuilder.Summary(schema),
                Deprecated = schema.IsObject && schema.GetBoolean("deprecated"),
                Initializer = initializer,
                IsConst = isConst,
                Remarks = ValueLiterals.Remarks(schema),
                Example = ValueLiterals.Example(schema),
                IsSensitive = ValueLiterals.IsSensitive(schema),
            });
        }

        return declaredProperties;
    }

    /// <summary>
    /// Gives each property its C# name: PascalCase, <c>Value</c> appended where C# or records forbid the name, and a
    /// number where it is taken (by an earlier property or by <paramref name="taken"/>, a base record's members),
    /// with SCH009.
    /// </summary>
    public static List<PropertyModel> Name(IReadOnlyList<DeclaredProperty> declaredProperties, string typeName, IEnumerable<string> taken, List<DiagnosticInfo> diagnostics)
    {
        var scope = new NameScope(ReservedNames.Record);
        scope.Claim(typeName);
        foreach (var name in taken)
        {
            scope.Claim(name);
        }

        var result = new List<PropertyModel>(declaredProperties.Count);
        foreach (var property in declaredProperties)
        {
            var desired = Identifier.ToPascalCase(property.JsonName, "Property");
            if (desired == typeName || Array.IndexOf(ReservedNames.Record, desired) >= 0)
            {
                // C# forbids a member named like its type (CS0542), and records already have these members.
                desired += "Value";
            }

            var name = scope.Claim(desired);
            if (name != desired)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, property.NameSpan, $"the property '{property.JsonName}' of {typeName}", name, desired));
            }

            result.Add(property.ToModel(name));
        }

        return result;
    }

    /// <summary>What the record does with properties the schema does not declare (<c>additionalProperties</c>).</summary>
    public static (AdditionalPropertiesKind Kind, TypeRef? Type) Additional(JsonNode node, SchemaLocation location, SchemaDialect dialect, TypeMapper mapper)
    {
        if (node["additionalProperties"] is { } ap)
        {
            if (ap.Kind == JsonNodeKind.False)
            {
                return (AdditionalPropertiesKind.Forbidden, null);
            }

            if (ap.IsObject && ap.Members.Count > 0)
            {
                return (AdditionalPropertiesKind.Typed, mapper.Map(ap, new SchemaLocation(location.DocumentPath, JsonPointer.Append(location.Pointer, "additionalProperties")), dialect));
            }
        }

        return (AdditionalPropertiesKind.Any, null);
    }
}
