using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schemata.Sample;

/// <summary>
/// Prints a parsed model as an indented tree of its C# properties, so that the output shows what the generated
/// types hold. Properties that are null are counted, not listed: the Stytch factors have dozens of them. What the
/// payload had beyond the schema shows under AdditionalProperties.
/// </summary>
internal sealed class ModelPrinter
{
    private const int MaxText = 64;
    private readonly TextWriter _out;

    public ModelPrinter(TextWriter output) => _out = output;

    public void Print(object model, int indent)
    {
        // --as can name an enum: its payload is a single value.
        if (Scalar(model) is { } text)
        {
            Line(indent, text);
        }
        else
        {
            WriteObject(model, indent);
        }
    }

    private void WriteObject(object model, int indent)
    {
        var properties = model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToList();
        var unset = 0;
        foreach (var property in properties)
        {
            var value = property.GetValue(model);
            if (value is null)
            {
                // Only schema properties (they carry their JSON name) count; AdditionalProperties is null when
                // the payload had nothing beyond the schema.
                unset += property.GetCustomAttribute<JsonPropertyNameAttribute>() is null ? 0 : 1;
                continue;
            }

            WriteMember(property.Name, value, indent);
        }

        if (unset > 0)
        {
            Line(indent, $"({unset} optional propert{(unset == 1 ? "y" : "ies")} not set)");
        }
    }

    private void WriteMember(string name, object value, int indent)
    {
        if (Scalar(value) is { } text)
        {
            Line(indent, $"{name} = {text}");
        }
        else if (value is IDictionary dictionary)
        {
            Line(indent, $"{name} = {{{dictionary.Count} entr{(dictionary.Count == 1 ? "y" : "ies")}}}");
            foreach (DictionaryEntry entry in dictionary)
            {
                WriteMember(Quote((string)entry.Key), entry.Value!, indent + 1);
            }
        }
        else if (value is IEnumerable sequence)
        {
            var items = sequence.Cast<object?>().ToList();
            if (items.All(i => i is not null && Scalar(i) is not null))
            {
                Line(indent, $"{name} = [{string.Join(", ", items.Select(i => Scalar(i!)))}]");
                return;
            }

            Line(indent, $"{name} = [{items.Count} item{(items.Count == 1 ? "" : "s")}]");
            for (var i = 0; i < items.Count; i++)
            {
                WriteMember($"[{i}]", items[i] ?? "null", indent + 1);
            }
        }
        else
        {
            Line(indent, $"{name} = {value.GetType().Name}");
            WriteObject(value, indent + 1);
        }
    }

    /// <summary>The one-line form of a value that has no members worth listing; null for objects and collections.</summary>
    private static string? Scalar(object value) => value switch
    {
        string s => Quote(s),
        bool b => b ? "true" : "false",
        Enum e => Describe(e),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonElement j => Shorten(j.GetRawText()),
        Uri u => u.OriginalString,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>
    /// A member and its wire value, <c>MagicLink (magic_link)</c>, or a value the schema does not list, which the
    /// generated enum keeps (<c>IsKnown</c> and <c>ToWireValue</c>, in the namespace's <c>SchemataEnums</c>, tell which and what).
    /// </summary>
    private static string Describe(Enum value)
    {
        var converter = value.GetType().Assembly.GetType(value.GetType().Namespace + ".SchemataEnums");
        var isKnown = converter?.GetMethod("IsKnown", new[] { value.GetType() });
        var wire = converter?.GetMethod("ToWireValue", new[] { value.GetType() })?.Invoke(null, new object[] { value }) as string
            ?? value.GetType().GetField(value.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? value.ToString();
        return isKnown is not null && isKnown.Invoke(null, new object[] { value }) is false
            ? $"a value the schema does not list ({wire})"
            : $"{value} ({wire})";
    }

    private static string Quote(string text) => "\"" + Shorten(text) + "\"";

    private static string Shorten(string text) => text.Length <= MaxText ? text : text[..(MaxText - 1)] + "…";

    private void Line(int indent, string text) => _out.WriteLine(new string(' ', indent * 2) + text);
}
