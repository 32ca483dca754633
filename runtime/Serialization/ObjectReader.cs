using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>
/// The loop of reading a generated record's object, shared by every record (for generated code): it matches each
/// property name against the record's declared names, remembers which were seen (a second one is an error), keeps the
/// properties the schema does not declare, adds the current property to the path of any error, and checks the
/// required properties at the end. The record's code only reads each declared value into a local.
/// </summary>
/// <remarks>A mutable struct: keep it in a local and call its methods on the local.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ObjectReader
{
    private readonly PropertyNameTable _names;
    private ulong _seen0;
    private ulong[]? _seen;
    private string? _property;
    private Dictionary<string, JsonElement>? _kept;

    private ObjectReader(PropertyNameTable names)
    {
        _names = names;
        _seen0 = 0;
        _seen = null;
        _property = null;
        _kept = null;
        Index = -1;
    }

    /// <summary>The index of the declared name of the property the reader is on, or -1 for an undeclared one.</summary>
    public int Index { readonly get; private set; }

    /// <summary>The name of the property the reader is on.</summary>
    public readonly string Name => _property ?? string.Empty;

    /// <summary>The undeclared properties kept by <see cref="Keep"/>, in the order they were read; null when there were none.</summary>
    public readonly ValueMap<JsonElement>? Kept => _kept is null ? null : new ValueMap<JsonElement>(_kept);

    /// <summary>Starts reading a <typeparamref name="T"/>: the reader must be on the start of an object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ObjectReader Begin<T>(ref Utf8JsonReader reader)
        where T : IJsonObjectModel<T>
    {
        JsonObjectReader.BeginObject(ref reader);
        return new ObjectReader(T.JsonNames);
    }

    /// <summary>Moves to the next property's value (false at the end of the object), with its <see cref="Index"/>.</summary>
    public bool Next(ref Utf8JsonReader reader)
    {
        _property = null;
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        var index = _names.ReadName(ref reader, out _property);
        Index = index;
        if (index >= 0)
        {
            if (index < 64)
            {
                JsonObjectReader.Mark(ref _seen0, 1UL << index);
            }
            else
            {
                _seen ??= new ulong[(_names.Count + 63) / 64];
                JsonObjectReader.Mark(ref _seen[index / 64], 1UL << (index % 64));
            }
        }

        return true;
    }

    /// <summary>Whether the declared property at <paramref name="index"/> was read.</summary>
    public readonly bool Seen(int index)
        => index < 64 ? (_seen0 & (1UL << index)) != 0 : _seen is not null && (_seen[index / 64] & (1UL << (index % 64))) != 0;

    /// <summary>Keeps the value of the undeclared property the reader is on as a JSON value.</summary>
    public void Keep(ref Utf8JsonReader reader) => JsonObjectReader.Add(ref _kept, Name, JsonElementHandler.ReadValue(ref reader));

    /// <summary>Adds the property being read to the error's path; always false, so that an exception filter lets the error pass.</summary>
    public readonly bool Fail(Exception error) => _property is not null && JsonPath.Add(error, _property);

    /// <summary>Checks that every required property was read: <paramref name="required"/> has a bit per declared property, the first 64.</summary>
    public readonly void End(ulong required)
    {
        if ((_seen0 & required) != required)
        {
            throw JsonReadErrors.MissingRequired(_names, new[] { _seen0 }, new[] { required });
        }
    }

    /// <summary>Checks that every required property was read, for records of more than 64 properties: a word of bits per 64.</summary>
    public readonly void End(params ulong[] required)
    {
        var seen = new ulong[required.Length];
        seen[0] = _seen0;
        for (var w = 1; w < required.Length; w++)
        {
            seen[w] = _seen is null ? 0 : _seen[w];
        }

        for (var w = 0; w < required.Length; w++)
        {
            if ((seen[w] & required[w]) != required[w])
            {
                throw JsonReadErrors.MissingRequired(_names, seen, required);
            }
        }
    }
}

/// <summary>Writing a generated record's object (for generated code).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ObjectWriter
{
    /// <summary>
    /// Writes <paramref name="value"/> through its runtime type when that is a generated record derived from
    /// <typeparamref name="T"/> (a derived record held as its base is written whole); false when it is a <typeparamref name="T"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool WroteDerived<T>(Utf8JsonWriter writer, T value)
        where T : class
    {
        if (value.GetType() == typeof(T) || value is not IJsonSelfWriter derived)
        {
            return false;
        }

        derived.WriteJson(writer);
        return true;
    }

    /// <summary>Starts writing a <typeparamref name="T"/>: the object's start; the writer of its properties.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PropertyWriter<T> Begin<T>(Utf8JsonWriter writer)
        where T : IJsonObjectModel<T>
    {
        writer.WriteStartObject();
        return new PropertyWriter<T>(writer, T.JsonNames.Encoded);
    }

    /// <summary>The declared property names of a <typeparamref name="T"/>.</summary>
    public static PropertyNameTable Names<T>()
        where T : IJsonObjectModel<T>
        => T.JsonNames;

    /// <summary>The value of a required property, or the error that it is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TValue Required<TValue>(TValue? value, string typeName, string property)
        where TValue : class
        => value ?? throw JsonObjectWriter.RequiredNull(typeName, property);
}

/// <summary>A generated record derived from another: writes itself whole when held as its base (for generated code).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IJsonSelfWriter
{
    /// <summary>Writes this value with the converter of its own type.</summary>
    void WriteJson(Utf8JsonWriter writer);
}

/// <summary>
/// The System.Text.Json converter of a generated type: <c>JsonSerializer</c> reads and writes it with the type's own
/// code, no reflection, and errors carry the JSON path.
/// </summary>
/// <typeparam name="T">The generated type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonModelConverter<T> : System.Text.Json.Serialization.JsonConverter<T>
    where T : IJsonModel<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonDocumentIO.Read<T, T>(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => JsonDocumentIO.Write<T, T>(writer, value);
}

/// <summary>The System.Text.Json converter of a generated enum, over its handler (for generated code).</summary>
/// <typeparam name="T">The enum.</typeparam>
/// <typeparam name="THandler">Its handler.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public class JsonHandlerConverter<T, THandler> : System.Text.Json.Serialization.JsonConverter<T>
    where THandler : IJsonHandler<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonDocumentIO.Read<T, THandler>(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => JsonDocumentIO.Write<T, THandler>(writer, value);
}

/// <summary>The handler of a generated type, which implements its reader and writer explicitly (for generated code).</summary>
/// <typeparam name="T">The generated type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ModelHandler<T> : IJsonHandler<T>
    where T : IJsonModel<T>
{
    private ModelHandler()
    {
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ReadValue(ref Utf8JsonReader reader) => T.ReadValue(ref reader);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteValue(Utf8JsonWriter writer, T value) => T.WriteValue(writer, value);
}
