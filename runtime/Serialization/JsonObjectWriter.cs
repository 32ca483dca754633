using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>Small pieces of writing an object that every generated converter shares.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonObjectWriter
{
    /// <summary>The names of a table, encoded once, for writing.</summary>
    public static JsonEncodedText[] Encode(PropertyNameTable names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var encoded = new JsonEncodedText[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            encoded[i] = JsonEncodedText.Encode(names[i]);
        }

        return encoded;
    }

    /// <summary>Pre-encodes property names once per type.</summary>
    public static JsonEncodedText[] Encode(string[] names)
    {
        var encoded = new JsonEncodedText[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            encoded[i] = JsonEncodedText.Encode(names[i]);
        }

        return encoded;
    }

    /// <summary>The error for an optional tuple item that is null while a later one is set, where the schema does not admit null.</summary>
    public static JsonException MissingItem(string typeName, string item)
        => new($"{typeName}.{item} is null, but a later item is set, and the schema does not admit null there: a JSON array has no gaps, so it cannot be written.");

    /// <summary>The error for a required property that holds null when it is written.</summary>
    public static JsonException RequiredNull(string typeName, string property)
        => new($"{typeName}.{property} is null, but the schema requires a value: it cannot be written as JSON.");
}
