using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>Reads JSON arrays into <see cref="ValueList{T}"/>s and writes lists back, element by element through <typeparamref name="THandler"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ListHandler<T, THandler> : IJsonHandler<ValueList<T>>
    where THandler : IJsonHandler<T>
{
    /// <inheritdoc/>
    public static ValueList<T> ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "an array");
        }

        // An empty array allocates nothing; others are filled in place, as a List<T> would be (two objects, no copy).
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return ValueList<T>.Empty;
        }

        var list = new ValueList<T>(Array.Empty<T>(), 0);
        try
        {
            do
            {
                list.Add(THandler.ReadValue(ref reader));
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);
        }
        catch (Exception e) when (JsonPath.Add(e, list.Count))
        {
            // Not reached: the filter adds the index to the error's path and lets it pass.
            throw;
        }

        return list;
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, ValueList<T> value) => WriteItems(writer, value.AsSpan());

    /// <summary>Writes any list (a tuple's items after the positional ones, a list a user built).</summary>
    public static void WriteValue(Utf8JsonWriter writer, IReadOnlyList<T> value)
    {
        writer.WriteStartArray();
        var i = 0;
        try
        {
            for (; i < value.Count; i++)
            {
                THandler.WriteValue(writer, value[i]);
            }
        }
        catch (Exception e) when (JsonPath.Add(e, i))
        {
            // Not reached: the filter adds the index to the error's path and lets it pass.
            throw;
        }

        writer.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter writer, ReadOnlySpan<T> items)
    {
        writer.WriteStartArray();
        var i = 0;
        try
        {
            for (; i < items.Length; i++)
            {
                THandler.WriteValue(writer, items[i]);
            }
        }
        catch (Exception e) when (JsonPath.Add(e, i))
        {
            // Not reached: the filter adds the index to the error's path and lets it pass.
            throw;
        }

        writer.WriteEndArray();
    }
}

/// <summary>Reads JSON objects into <see cref="ValueMap{T}"/>s and writes maps back in the same order.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct MapHandler<T, THandler> : IJsonHandler<ValueMap<T>>
    where THandler : IJsonHandler<T>
{
    /// <inheritdoc/>
    public static ValueMap<T> ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "an object");
        }

        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        string? key = null;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                key = null;
                var name = JsonObjectReader.Name(ref reader);
                key = name;
                reader.Read();
                if (!map.TryAdd(name, THandler.ReadValue(ref reader)))
                {
                    throw JsonReadErrors.Duplicate();
                }
            }
        }
        catch (Exception e) when (key is not null && JsonPath.Add(e, key))
        {
            // Not reached: the filter adds the key to the error's path and lets it pass.
            throw;
        }

        return new ValueMap<T>(map);
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, ValueMap<T> value)
    {
        writer.WriteStartObject();
        WriteEntries(writer, value);
        writer.WriteEndObject();
    }

    /// <summary>Writes the entries as properties of the object being written.</summary>
    public static void WriteEntries(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value)
    {
        string? key = null;
        try
        {
            foreach (var pair in value)
            {
                key = pair.Key;
                writer.WritePropertyName(key);
                THandler.WriteValue(writer, pair.Value);
            }
        }
        catch (Exception e) when (key is not null && JsonPath.Add(e, key))
        {
            // Not reached: the filter adds the key to the error's path and lets it pass.
            throw;
        }
    }
}

/// <summary>Lets a value type element or entry be null (<c>type: ["integer", "null"]</c>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct NullableHandler<T, THandler> : IJsonHandler<T?>
    where T : struct
    where THandler : IJsonHandler<T>
{
    /// <inheritdoc/>
    public static T? ReadValue(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null : THandler.ReadValue(ref reader);

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, T? value)
    {
        if (value is { } v)
        {
            THandler.WriteValue(writer, v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Lets a reference type element or entry be null (<c>type: ["string", "null"]</c>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct NullableReferenceHandler<T, THandler> : IJsonHandler<T?>
    where T : class
    where THandler : IJsonHandler<T>
{
    /// <inheritdoc/>
    public static T? ReadValue(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null : THandler.ReadValue(ref reader);

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, T? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            THandler.WriteValue(writer, value);
        }
    }
}
