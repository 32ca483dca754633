using System;
using System.Collections.Generic;
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

    /// <summary>
    /// Refuses to go deeper when the thread's stack is nearly used up: recursive types (a tree of records) read one
    /// level per call, and a caller who raised <c>JsonSerializerOptions.MaxDepth</c> far above 64 must get a
    /// <see cref="JsonException"/> with a path, not a crashed process.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw JsonReadErrors.TooDeep();
        }
    }

    /// <summary>Starts reading an object: the reader must be on its start, and the stack must have room for one more level.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BeginObject(ref Utf8JsonReader reader)
    {
        EnsureStack();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "an object");
        }
    }

    /// <summary>Starts reading an array: the reader must be on its start, and the stack must have room for one more level.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BeginArray(ref Utf8JsonReader reader)
    {
        EnsureStack();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "an array");
        }
    }

    /// <summary>
    /// Keeps the value of a property the schema does not declare (made on first use, names compared ordinally),
    /// rejecting a second occurrence of the name.
    /// </summary>
    public static void Add<T>(ref Dictionary<string, T>? map, string name, T value)
    {
        map ??= new Dictionary<string, T>(StringComparer.Ordinal);
        if (!map.TryAdd(name, value))
        {
            throw JsonReadErrors.Duplicate();
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
