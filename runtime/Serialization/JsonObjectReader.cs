using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>Small pieces of reading an object that every generated converter shares.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonObjectReader
{
    /// <summary>The property name or string the reader is on, unescaped, as UTF-8 (the rare path: escaped or split text).</summary>
    public static byte[] UnescapedName(ref Utf8JsonReader reader) => Encoding.UTF8.GetBytes(Name(ref reader));

    /// <summary>The property name or string the reader is on.</summary>
    public static string Name(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw JsonReadErrors.InvalidText(e);
        }
    }

    /// <summary>Marks a property as seen, rejecting a second occurrence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Mark(ref ulong seen, ulong bit)
    {
        if ((seen & bit) != 0)
        {
            throw JsonReadErrors.Duplicate();
        }

        seen |= bit;
    }

    /// <summary>Moves from a property name to its value. The reader always holds the whole value here: System.Text.Json buffers it before calling a converter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MoveToValue(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends inside an object.");
        }
    }
}

/// <summary>Entry points for reading and writing whole documents with a generated handler, without reflection.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonDocumentIO
{
    /// <summary>Reads one JSON document of type <typeparamref name="T"/>, with errors that carry the JSON path.</summary>
    public static T Parse<T, THandler>(ReadOnlySpan<byte> utf8Json, int maxDepth = 64)
        where THandler : IJsonHandler<T>
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!reader.Read())
            {
                throw new JsonException("The JSON document is empty.");
            }

            var value = THandler.ReadValue(ref reader);
            if (reader.Read())
            {
                throw new JsonException("The JSON document has more after its value.");
            }

            return value;
        }
        catch (Exception e) when (JsonPath.IsReadError(e))
        {
            throw JsonPath.Complete(e);
        }
    }

    /// <summary>Reads one JSON document from text.</summary>
    public static T Parse<T, THandler>(string json)
        where THandler : IJsonHandler<T>
        => Parse<T, THandler>(Encoding.UTF8.GetBytes(json));

    /// <summary>Writes a value as UTF-8 JSON.</summary>
    public static byte[] ToUtf8<T, THandler>(T value, bool indented = false)
        where THandler : IJsonHandler<T>
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            THandler.WriteValue(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a value as JSON text.</summary>
    public static string ToJson<T, THandler>(T value, bool indented = false)
        where THandler : IJsonHandler<T>
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            THandler.WriteValue(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads with a generated handler from inside a <see cref="System.Text.Json.Serialization.JsonConverter{T}"/>, completing the path of any error.</summary>
    public static T Read<T, THandler>(ref Utf8JsonReader reader)
        where THandler : IJsonHandler<T>
    {
        try
        {
            return THandler.ReadValue(ref reader);
        }
        catch (Exception e) when (JsonPath.IsReadError(e))
        {
            throw JsonPath.Complete(e);
        }
    }
}

/// <summary>Small pieces of writing an object that every generated converter shares.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonObjectWriter
{
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

    /// <summary>The error for a required property that holds null when it is written.</summary>
    public static JsonException RequiredNull(string typeName, string property)
        => new($"{typeName}.{property} is null, but the schema requires a value: it cannot be written as JSON.");
}
