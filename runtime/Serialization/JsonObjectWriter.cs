using System;
using System.Collections.Generic;
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

    /// <summary>The error for an optional tuple item that is null while a later one is set, where the schema does not admit null.</summary>
    public static Exception MissingItem(string typeName, string item)
        => new JsonPathError("The array at ", $" cannot be written: {typeName}.{item} is null, but a later item is set, and the schema does not admit null there (a JSON array has no gaps).");

    /// <summary>The error for a required property that holds null when it is written.</summary>
    public static Exception RequiredNull(string typeName, string property)
        => new JsonPathError("The value at ", $" cannot be written: {typeName}.{property} is null, but the schema requires a value.");

    /// <summary>Writes a property whose value can fail to be written (a nested object or list, a number), adding the property to the error's path.</summary>
    public static void WriteProperty<T, THandler>(Utf8JsonWriter writer, JsonEncodedText name, T value)
        where THandler : IJsonHandler<T>
    {
        writer.WritePropertyName(name);
        try
        {
            THandler.WriteValue(writer, value);
        }
        catch (Exception e) when (JsonPath.Add(e, name.Value))
        {
            // Not reached: the filter adds the property to the error's path and lets it pass.
            throw;
        }
    }

    /// <summary>Writes an array item whose value can fail to be written, adding its index to the error's path.</summary>
    public static void WriteItem<T, THandler>(Utf8JsonWriter writer, int index, T value)
        where THandler : IJsonHandler<T>
    {
        try
        {
            THandler.WriteValue(writer, value);
        }
        catch (Exception e) when (JsonPath.Add(e, index))
        {
            // Not reached: the filter adds the index to the error's path and lets it pass.
            throw;
        }
    }

    /// <summary>
    /// Writes the entries of a dictionary of undeclared properties (<c>AdditionalProperties</c>) into the object being
    /// written. A key that is the name of a declared property is an error: the object would have it twice.
    /// </summary>
    /// <param name="writer">The writer, inside the object.</param>
    /// <param name="map">The undeclared properties.</param>
    /// <param name="declared">The declared property names.</param>
    /// <param name="holder">The dictionary, as <c>Type.Property</c>, for the error.</param>
    public static void WriteUndeclared<T, THandler>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> map, PropertyNameTable declared, string holder)
        where THandler : IJsonHandler<T>
    {
        Dictionary<string, string>? written = null;
        WriteUndeclared<T, THandler>(writer, map, declared, holder, ref written, track: false);
    }

    /// <summary>
    /// Writes the entries of one of several dictionaries of undeclared properties (pattern properties, then
    /// <c>AdditionalProperties</c>): a key that is a declared property's name, or that an earlier dictionary has written
    /// (recorded in <paramref name="written"/>), is an error.
    /// </summary>
    public static void WriteUndeclared<T, THandler>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> map, PropertyNameTable declared, string holder, ref Dictionary<string, string>? written)
        where THandler : IJsonHandler<T>
        => WriteUndeclared<T, THandler>(writer, map, declared, holder, ref written, track: true);

    private static void WriteUndeclared<T, THandler>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> map, PropertyNameTable declared, string holder, ref Dictionary<string, string>? written, bool track)
        where THandler : IJsonHandler<T>
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(declared);
        foreach (var pair in map)
        {
            var key = pair.Key;
            if (declared.IndexOf(key) >= 0)
            {
                throw WrittenTwice(key, holder.Substring(0, holder.LastIndexOf('.')) + " declares it", holder);
            }

            if (track)
            {
                written ??= new Dictionary<string, string>(StringComparer.Ordinal);
                if (!written.TryAdd(key, holder))
                {
                    throw WrittenTwice(key, written[key] + " holds it", holder);
                }
            }

            writer.WritePropertyName(key);
            try
            {
                THandler.WriteValue(writer, pair.Value);
            }
            catch (Exception e) when (JsonPath.Add(e, key))
            {
                // Not reached: the filter adds the key to the error's path and lets it pass.
                throw;
            }
        }
    }

    private static Exception WrittenTwice(string key, string first, string holder)
    {
        var error = new JsonPathError("The property ", $" cannot be written: {first}, and {holder} holds it too; a JSON object cannot have it twice.");
        JsonPath.Add(error, key);
        return error;
    }
}
