using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Typing;

/// <summary>
/// C# expressions and doc text for the values a schema names: <c>const</c> and <c>default</c> become property
/// initializers (when the value fits the property's C# type), <c>readOnly</c>, <c>writeOnly</c>, <c>default</c>,
/// <c>const</c> and <c>examples</c> become doc text.
/// </summary>
internal static class ValueLiterals
{
    /// <summary>
    /// The initializer of a property, and whether it is a <c>const</c>; (null, false) when there is none. A value that
    /// <paramref name="holds"/> rejects (one a narrowed enum has no member for) is left out as if it did not fit.
    /// </summary>
    public static (string? Initializer, bool IsConst) Initializer(JsonNode schema, TypeRef type, System.Func<JsonNode, bool>? holds = null)
    {
        if (!schema.IsObject)
        {
            return (null, false);
        }

        if (schema["const"] is { } constant && (holds is null || holds(constant)) && Literal(constant, type) is { } fixedValue)
        {
            return (fixedValue, true);
        }

        if (schema["default"] is { } value && (holds is null || holds(value)) && Literal(value, type) is { } defaultValue)
        {
            return (defaultValue, false);
        }

        return (null, false);
    }

    /// <summary>A C# expression for <paramref name="value"/> as <paramref name="type"/>, or null when it does not fit.</summary>
    public static string? Literal(JsonNode value, TypeRef type)
    {
        switch (type.Kind)
        {
            case TypeKind.String when value.IsString:
                return Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value.Text!, quote: true);
            case TypeKind.Boolean when value.IsBoolean:
                return value.Kind == JsonNodeKind.True ? "true" : "false";
            case TypeKind.Int32 when value.IsNumber && JsonNumber.TryInt64(value.Text!, out var i) && i >= int.MinValue && i <= int.MaxValue:
                return i.ToString(CultureInfo.InvariantCulture);
            case TypeKind.Int64 when value.IsNumber && JsonNumber.TryInt64(value.Text!, out var l):
                return l.ToString(CultureInfo.InvariantCulture) + "L";
            case TypeKind.Double when value.IsNumber && JsonNumber.TryDouble(value.Text!, out var d) && !double.IsInfinity(d):
                return d.ToString("R", CultureInfo.InvariantCulture) + "d";
            case TypeKind.Single when value.IsNumber && JsonNumber.TryDouble(value.Text!, out var f) && !float.IsInfinity((float)f):
                return ((float)f).ToString("R", CultureInfo.InvariantCulture) + "f";
            case TypeKind.Decimal when value.IsNumber && decimal.TryParse(value.Text!, NumberStyles.Float, CultureInfo.InvariantCulture, out var m):
                return m.ToString(CultureInfo.InvariantCulture) + "m";
            case TypeKind.Enum when value.IsNumber && JsonNumber.TryInt64(value.Text!, out var member):
                return $"({type.FullName}){member.ToString(CultureInfo.InvariantCulture)}";
            case TypeKind.Enum when value.IsString:
                // The converter knows the member of each wire value, wherever the enum was generated.
                return $"({type.FullName}){type.FullName}JsonConverter.Table.FromWire({Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value.Text!, quote: true)})";
            default:
                return null;
        }
    }

    /// <summary>Doc remarks: read-only, write-only, the default and the fixed value.</summary>
    public static string? Remarks(JsonNode schema)
    {
        if (!schema.IsObject)
        {
            return null;
        }

        var parts = new List<string>();
        if (schema.GetBoolean("readOnly"))
        {
            parts.Add("Read-only: sent by the owner of the data; ignored when sent to it.");
        }

        if (schema.GetBoolean("writeOnly"))
        {
            parts.Add("Write-only: sent to the owner of the data; never returned by it.");
        }

        if (schema["const"] is { } constant)
        {
            parts.Add($"Always `{Json(constant)}`.");
        }
        else if (schema["default"] is { } value)
        {
            parts.Add($"Defaults to `{Json(value)}` when absent.");
        }

        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    /// <summary>A value <c>ToString()</c> must not show: <c>writeOnly</c> (sent, never returned: a secret), <c>format: password</c>, <c>x-sensitive: true</c>.</summary>
    public static bool IsSensitive(JsonNode schema)
        => schema.IsObject && (schema.GetBoolean("writeOnly") || schema.GetBoolean("x-sensitive") || schema["format"] is { IsString: true, Text: "password" });

    /// <summary>The first of <c>examples</c> (or OpenAPI's <c>example</c>), as JSON text.</summary>
    public static string? Example(JsonNode schema)
    {
        if (!schema.IsObject)
        {
            return null;
        }

        if (schema["examples"] is { IsArray: true } examples && examples.Items.Count > 0)
        {
            return Json(examples.Items[0]);
        }

        return schema["example"] is { } example ? Json(example) : null;
    }

    /// <summary>Compact JSON text of a value, shortened for docs.</summary>
    public static string Json(JsonNode node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        var text = builder.ToString();
        return text.Length > 200 ? text.Substring(0, 200) + "…" : text;
    }

    private static void Append(StringBuilder builder, JsonNode node)
    {
        if (builder.Length > 220)
        {
            return;
        }

        switch (node.Kind)
        {
            case JsonNodeKind.String:
                builder.Append('"').Append(node.Text!.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                break;
            case JsonNodeKind.Number:
                builder.Append(node.Text);
                break;
            case JsonNodeKind.Array:
                builder.Append('[');
                for (var i = 0; i < node.Items.Count; i++)
                {
                    builder.Append(i > 0 ? ", " : string.Empty);
                    Append(builder, node.Items[i]);
                }

                builder.Append(']');
                break;
            case JsonNodeKind.Object:
                builder.Append('{');
                for (var i = 0; i < node.Members.Count; i++)
                {
                    builder.Append(i > 0 ? ", " : string.Empty).Append('"').Append(node.Members[i].Name).Append("\": ");
                    Append(builder, node.Members[i].Value);
                }

                builder.Append('}');
                break;
            default:
                builder.Append(node.Kind.ToString().ToLowerInvariant());
                break;
        }
    }
}
