using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
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

    // The value of a declared property, read into the record's local with the handler its type implies, so that the
    // generated reader writes o.Read(ref reader, out v0) instead of naming the handler. Types not listed here (enums,
    // nullable values, nested collections) name their handler in generated code. The generic ones take a local of an
    // optional property (X?) as well: the type argument is inferred without the annotation, and the value is not null.

    /// <summary>Reads a string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out string value) => value = StringHandler.ReadValue(ref reader);

    /// <summary>Reads a boolean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out bool value) => value = BooleanHandler.ReadValue(ref reader);

    /// <summary>Reads a 32-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out int value) => value = Int32Handler.ReadValue(ref reader);

    /// <summary>Reads a 64-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out long value) => value = Int64Handler.ReadValue(ref reader);

    /// <summary>Reads a number as a double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out double value) => value = DoubleHandler.ReadValue(ref reader);

    /// <summary>Reads a number as a decimal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out decimal value) => value = DecimalHandler.ReadValue(ref reader);

    /// <summary>Reads a UUID.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out Guid value) => value = GuidHandler.ReadValue(ref reader);

    /// <summary>Reads any JSON value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out JsonElement value) => value = JsonElementHandler.ReadValue(ref reader);

    /// <summary>Reads a boolean into the local of an optional property (JSON null is an error here too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out bool? value) => value = BooleanHandler.ReadValue(ref reader);

    /// <summary>Reads a 32-bit integer into the local of an optional property (JSON null is an error here too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out int? value) => value = Int32Handler.ReadValue(ref reader);

    /// <summary>Reads a 64-bit integer into the local of an optional property (JSON null is an error here too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out long? value) => value = Int64Handler.ReadValue(ref reader);

    /// <summary>Reads a number as a double into the local of an optional property (JSON null is an error here too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out double? value) => value = DoubleHandler.ReadValue(ref reader);

    /// <summary>Reads a number as a decimal into the local of an optional property (JSON null is an error here too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out decimal? value) => value = DecimalHandler.ReadValue(ref reader);

    /// <summary>Reads a UUID into the local of an optional property (JSON null is an error here too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out Guid? value) => value = GuidHandler.ReadValue(ref reader);

    /// <summary>Reads any JSON value into the local of an optional property (JSON null is an error here too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out JsonElement? value) => value = JsonElementHandler.ReadValue(ref reader);

    /// <summary>Reads a generated type (a record, union, tuple or mixed enum).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read<TModel>(ref Utf8JsonReader reader, [NotNull] out TModel? value)
        where TModel : class, IJsonModel<TModel>
        => value = TModel.ReadValue(ref reader);

    /// <summary>Reads a list of strings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out ValueList<string> value) => value = ListHandler<string, StringHandler>.ReadValue(ref reader);

    /// <summary>Reads a list of a generated type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read<TModel>(ref Utf8JsonReader reader, [NotNull] out ValueList<TModel>? value)
        where TModel : class, IJsonModel<TModel>
        => value = ListHandler<TModel, ModelHandler<TModel>>.ReadValue(ref reader);

    /// <summary>Reads an object of any values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Read(ref Utf8JsonReader reader, out ValueMap<JsonElement> value) => value = MapHandler<JsonElement, JsonElementHandler>.ReadValue(ref reader);

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

    /// <summary>
    /// Starts writing <paramref name="value"/>: false when it is a generated record derived from <typeparamref name="T"/>,
    /// which it wrote whole through its runtime type; else the object's start and the writer of its properties.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Begin<T>(Utf8JsonWriter writer, T value, out PropertyWriter<T> properties)
        where T : class, IJsonObjectModel<T>
    {
        if (WroteDerived(writer, value))
        {
            properties = default;
            return false;
        }

        properties = Begin<T>(writer);
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
