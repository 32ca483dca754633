using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Naming;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Typing;

/// <summary>
/// Builds the model of a mixed enum (<c>enum: ["a", 1, true]</c>, numbers with fractions, objects, arrays): one member
/// per distinct non-null value, holding the value as compact JSON. Members are named like enum members: strings by
/// their words, numbers <c>Value1</c>/<c>ValueMinus1</c>/<c>Value1_5</c>, <c>True</c>/<c>False</c>, objects and arrays
/// <c>Object1</c>/<c>Array1</c> by position; <c>x-enum-varnames</c>/<c>x-enumNames</c> win when present.
/// </summary>
internal static class MixedEnumModelBuilder
{
    public static TypeModel Build(SchemaDocument document, SchemaVisit visit, GeneratedType site, GeneratorOptions options, List<DiagnosticInfo> diagnostics)
    {
        var node = visit.Node;
        var values = node["enum"]!.Items;
        var names = node["x-enum-varnames"] is { IsArray: true } varnames ? varnames : node["x-enumNames"] is { IsArray: true } enumNames ? enumNames : null;
        var scope = new NameScope(ReservedNames.MixedEnum);
        scope.Claim(site.Name);
        var members = new List<EnumMemberModel>();
        var seen = new List<JsonNode>();
        int objects = 0, arrays = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value.Kind == JsonNodeKind.Null || seen.Exists(v => JsonNode.JsonEquals(v, value)))
            {
                continue;
            }

            seen.Add(value);
            var given = names is not null && names.Items.Count == values.Count && names.Items[i].IsString ? Identifier.ToPascalCase(names.Items[i].Text!) : string.Empty;
            var desired = given.Length > 0 ? given : value.Kind switch
            {
                JsonNodeKind.String => value.Text!.Length == 0 ? "Empty" : Identifier.ToPascalCase(value.Text!, "Value"),
                JsonNodeKind.Number => NumberName(value.Text!),
                JsonNodeKind.True => "True",
                JsonNodeKind.False => "False",
                JsonNodeKind.Object => "Object" + (++objects).ToString(CultureInfo.InvariantCulture),
                _ => "Array" + (++arrays).ToString(CultureInfo.InvariantCulture),
            };
            if (desired == site.Name)
            {
                desired += "Value";
            }

            var name = scope.Claim(desired);
            if (name != desired)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, document.Path, value.Span, $"the enum value {ValueLiterals.Json(value)} of {site.Name}", name, desired));
            }

            members.Add(new EnumMemberModel(name, JsonLiterals.ToJson(value)));
        }

        return TypeModelBuilder.Shell(TypeKind.MixedEnum, document, visit, site, options) with
        {
            Members = members.ToEquatableArray(),
        };
    }

    /// <summary><c>1</c> → <c>Value1</c>, <c>-1</c> → <c>ValueMinus1</c>, <c>1.5</c> → <c>Value1_5</c>, <c>1e3</c> → <c>Value1e3</c>.</summary>
    private static string NumberName(string text)
    {
        var builder = new StringBuilder("Value");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '-' => "Minus",
                '+' => string.Empty,
                '.' => "_",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
