using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>
/// Writes the properties of a generated record's object, each by its index in the record's name table (for generated
/// code; <see cref="ObjectWriter.Begin{T}(Utf8JsonWriter, T, out PropertyWriter{T})"/> returns it). One call per property: the encoded name, the null check of a
/// required property and the error's path are here, so that the generated writer holds only what differs per property.
/// </summary>
/// <remarks>
/// <c>Write</c> writes a value that must be there (a null reference is the error that the required property is null);
/// <c>Optional</c> writes nothing for null; <c>OrNull</c> writes JSON null for null. The error messages name the
/// property as <c>Type.json_name</c>, built only when they are thrown.
/// </remarks>
/// <typeparam name="T">The record being written.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly ref struct PropertyWriter<T>
    where T : IJsonObjectModel<T>
{
    private readonly Utf8JsonWriter _writer;
    private readonly JsonEncodedText[] _names;

    internal PropertyWriter(Utf8JsonWriter writer, JsonEncodedText[] names)
    {
        _writer = writer;
        _names = names;
    }

    /// <summary>Writes a required string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(int index, string? value) => _writer.WriteString(_names[index], value ?? throw RequiredNull(index));

    /// <summary>Writes a UUID.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(int index, Guid value) => _writer.WriteString(_names[index], value);

    /// <summary>Writes a boolean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(int index, bool value) => _writer.WriteBoolean(_names[index], value);

    /// <summary>Writes an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(int index, int value) => _writer.WriteNumber(_names[index], value);

    /// <summary>Writes an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(int index, long value) => _writer.WriteNumber(_names[index], value);

    /// <summary>Writes a decimal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(int index, decimal value) => _writer.WriteNumber(_names[index], value);

    /// <summary>Writes a required value with its handler, adding the property to the path of an error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write<TValue, THandler>(int index, TValue value)
        where THandler : IJsonHandler<TValue>
    {
        if (value is null)
        {
            throw RequiredNull(index);
        }

        WriteValue<TValue, THandler>(index, value);
    }

    /// <summary>Writes a required generated type (a record, union, tuple), adding the property to the path of an error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Model<TModel>(int index, TModel value)
        where TModel : IJsonModel<TModel>
    {
        if (value is null)
        {
            throw RequiredNull(index);
        }

        WriteValue<TModel, TModel>(index, value);
    }

    /// <summary>Writes a string, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Optional(int index, string? value)
    {
        if (value is not null)
        {
            _writer.WriteString(_names[index], value);
        }
    }

    /// <summary>Writes a UUID, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Optional(int index, Guid? value)
    {
        if (value is { } v)
        {
            _writer.WriteString(_names[index], v);
        }
    }

    /// <summary>Writes a boolean, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Optional(int index, bool? value)
    {
        if (value is { } v)
        {
            _writer.WriteBoolean(_names[index], v);
        }
    }

    /// <summary>Writes an integer, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Optional(int index, int? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(_names[index], v);
        }
    }

    /// <summary>Writes an integer, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Optional(int index, long? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(_names[index], v);
        }
    }

    /// <summary>Writes a decimal, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Optional(int index, decimal? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(_names[index], v);
        }
    }

    /// <summary>Writes a reference with its handler, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Optional<TValue, THandler>(int index, TValue? value)
        where TValue : class
        where THandler : IJsonHandler<TValue>
    {
        if (value is not null)
        {
            WriteValue<TValue, THandler>(index, value);
        }
    }

    /// <summary>Writes a value with its handler, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OptionalValue<TValue, THandler>(int index, TValue? value)
        where TValue : struct
        where THandler : IJsonHandler<TValue>
    {
        if (value is { } v)
        {
            WriteValue<TValue, THandler>(index, v);
        }
    }

    /// <summary>Writes a generated type held by reference, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OptionalModel<TModel>(int index, TModel? value)
        where TModel : class, IJsonModel<TModel>
    {
        if (value is not null)
        {
            WriteValue<TModel, TModel>(index, value);
        }
    }

    /// <summary>Writes a string, or JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OrNull(int index, string? value)
    {
        if (value is not null)
        {
            _writer.WriteString(_names[index], value);
        }
        else
        {
            _writer.WriteNull(_names[index]);
        }
    }

    /// <summary>Writes a UUID, or JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OrNull(int index, Guid? value)
    {
        if (value is { } v)
        {
            _writer.WriteString(_names[index], v);
        }
        else
        {
            _writer.WriteNull(_names[index]);
        }
    }

    /// <summary>Writes a boolean, or JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OrNull(int index, bool? value)
    {
        if (value is { } v)
        {
            _writer.WriteBoolean(_names[index], v);
        }
        else
        {
            _writer.WriteNull(_names[index]);
        }
    }

    /// <summary>Writes an integer, or JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OrNull(int index, int? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(_names[index], v);
        }
        else
        {
            _writer.WriteNull(_names[index]);
        }
    }

    /// <summary>Writes an integer, or JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OrNull(int index, long? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(_names[index], v);
        }
        else
        {
            _writer.WriteNull(_names[index]);
        }
    }

    /// <summary>Writes a decimal, or JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OrNull(int index, decimal? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(_names[index], v);
        }
        else
        {
            _writer.WriteNull(_names[index]);
        }
    }

    /// <summary>Writes a reference with its handler, or JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OrNull<TValue, THandler>(int index, TValue? value)
        where TValue : class
        where THandler : IJsonHandler<TValue>
    {
        if (value is not null)
        {
            WriteValue<TValue, THandler>(index, value);
        }
        else
        {
            _writer.WriteNull(_names[index]);
        }
    }

    /// <summary>Writes a value with its handler, or JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OrNullValue<TValue, THandler>(int index, TValue? value)
        where TValue : struct
        where THandler : IJsonHandler<TValue>
    {
        if (value is { } v)
        {
            WriteValue<TValue, THandler>(index, v);
        }
        else
        {
            _writer.WriteNull(_names[index]);
        }
    }

    /// <summary>Writes a generated type held by reference, or JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OrNullModel<TModel>(int index, TModel? value)
        where TModel : class, IJsonModel<TModel>
    {
        if (value is not null)
        {
            WriteValue<TModel, TModel>(index, value);
        }
        else
        {
            _writer.WriteNull(_names[index]);
        }
    }

    /// <summary>Writes the undeclared properties (when there are) and the object's end.</summary>
    public void End(IReadOnlyDictionary<string, JsonElement>? additional)
    {
        if (additional is not null)
        {
            JsonObjectWriter.WriteUndeclared<JsonElement, JsonElementHandler>(_writer, additional, T.JsonNames, AdditionalHolder.Name);
        }

        _writer.WriteEndObject();
    }

    /// <summary>The object's end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void End() => _writer.WriteEndObject();

    private void WriteValue<TValue, THandler>(int index, TValue value)
        where THandler : IJsonHandler<TValue>
        => JsonObjectWriter.WriteProperty<TValue, THandler>(_writer, _names[index], value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Exception RequiredNull(int index) => JsonObjectWriter.RequiredNull(typeof(T).Name, T.JsonNames[index]);

    /// <summary>The dictionary of undeclared properties as <c>Type.AdditionalProperties</c>, for errors; built once.</summary>
    private static class AdditionalHolder
    {
        internal static readonly string Name = typeof(T).Name + ".AdditionalProperties";
    }
}
