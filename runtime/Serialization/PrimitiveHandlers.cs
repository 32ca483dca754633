using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace Schemata.Serialization;

// Handlers for the C# types schemas map to. Each checks the token before asking the reader for a value, so that a
// wrong token, an out-of-range number or a malformed string is a JsonException, never an InvalidOperationException,
// FormatException or OverflowException.

/// <summary>Reads and writes JSON strings.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct StringHandler : IJsonHandler<string>
{
    /// <inheritdoc/>
    public static string ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "a string");
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw JsonReadErrors.InvalidText(e);
        }
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);
}

/// <summary>Reads and writes <c>true</c> and <c>false</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct BooleanHandler : IJsonHandler<bool>
{
    /// <inheritdoc/>
    public static bool ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw JsonReadErrors.UnexpectedToken(ref reader, "true or false"),
    };

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);
}

/// <summary>Reads and writes integers that fit in an <see cref="int"/> (<c>format: int32</c>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Int32Handler : IJsonHandler<int>
{
    /// <inheritdoc/>
    public static int ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        return (int)NumberReading.Integral(ref reader, int.MinValue, int.MaxValue, "an integer between -2147483648 and 2147483647");
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
}

/// <summary>Reads and writes integers that fit in a <see cref="long"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Int64Handler : IJsonHandler<long>
{
    /// <inheritdoc/>
    public static long ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        return NumberReading.Integral(ref reader, long.MinValue, long.MaxValue, "an integer that fits in 64 bits");
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);
}

/// <summary>Reads and writes numbers as <see cref="double"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DoubleHandler : IJsonHandler<double>
{
    /// <inheritdoc/>
    public static double ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "a number");
        }

        // TryGetDouble fails only for numbers beyond double's range (1e400).
        return reader.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw JsonReadErrors.OutOfRange(ref reader, "within the range of a double");
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            throw JsonReadErrors.NotFinite(value.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteNumberValue(value);
    }
}

/// <summary>Reads and writes numbers as <see cref="float"/> (<c>format: float</c>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct SingleHandler : IJsonHandler<float>
{
    /// <inheritdoc/>
    public static float ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "a number");
        }

        return reader.TryGetSingle(out var value) && float.IsFinite(value) ? value : throw JsonReadErrors.OutOfRange(ref reader, "within the range of a float");
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, float value)
    {
        if (!float.IsFinite(value))
        {
            throw JsonReadErrors.NotFinite(value.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteNumberValue(value);
    }
}

/// <summary>Reads and writes numbers as <see cref="decimal"/> (<c>format: decimal</c>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DecimalHandler : IJsonHandler<decimal>
{
    /// <inheritdoc/>
    public static decimal ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "a number");
        }

        return reader.TryGetDecimal(out var value) ? value : throw JsonReadErrors.OutOfRange(ref reader, "within the range of a decimal");
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);
}

/// <summary>
/// Reads and writes RFC 3339 date-times (<c>format: date-time</c>). A value without an offset is an error: it is never
/// read in the machine's time zone. Offset zero is written as <c>Z</c>, other offsets as read.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DateTimeOffsetHandler : IJsonHandler<DateTimeOffset>
{
    /// <inheritdoc/>
    public static DateTimeOffset ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "a date-time string");
        }

        DateTimeOffset value;
        var valid = !reader.ValueIsEscaped && !reader.HasValueSequence
            ? Rfc3339.TryParse(reader.ValueSpan, out value)
            : Rfc3339.TryParse(System.Text.Encoding.UTF8.GetBytes(StringHandler.ReadValue(ref reader)), out value);
        return valid ? value : throw JsonReadErrors.InvalidFormat(ref reader, "date-time (RFC 3339, with an offset: 2024-05-06T07:08:09Z or +02:00)");
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, DateTimeOffset value)
    {
        // Written raw: the text is ASCII with nothing to escape, and the writer's encoder would escape the '+'.
        Span<byte> buffer = stackalloc byte[Rfc3339.MaxWrittenLength + 2];
        buffer[0] = (byte)'"';
        var length = Rfc3339.Format(value, buffer.Slice(1));
        buffer[length + 1] = (byte)'"';
        writer.WriteRawValue(buffer.Slice(0, length + 2), skipInputValidation: true);
    }
}

/// <summary>Reads and writes full dates, yyyy-MM-dd (<c>format: date</c>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DateOnlyHandler : IJsonHandler<DateOnly>
{
    /// <inheritdoc/>
    public static DateOnly ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "a date string");
        }

        Span<char> buffer = stackalloc char[10];
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length == 10)
        {
            for (var i = 0; i < 10; i++)
            {
                buffer[i] = (char)reader.ValueSpan[i];
            }

            if (DateOnly.TryParseExact(buffer, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                return value;
            }
        }
        else if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            var text = StringHandler.ReadValue(ref reader);
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                return value;
            }
        }

        throw JsonReadErrors.InvalidFormat(ref reader, "date (yyyy-MM-dd)");
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, DateOnly value)
    {
        Span<char> buffer = stackalloc char[10];
        value.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer.Slice(0, written));
    }
}

/// <summary>Reads and writes UUIDs (<c>format: uuid</c>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct GuidHandler : IJsonHandler<Guid>
{
    /// <inheritdoc/>
    public static Guid ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "a UUID string");
        }

        return reader.TryGetGuid(out var value) ? value : throw JsonReadErrors.InvalidFormat(ref reader, "UUID");
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);
}

/// <summary>Reads and writes absolute URIs (<c>format: uri</c>), keeping the exact text on the way back.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct UriHandler : IJsonHandler<Uri>
{
    /// <inheritdoc/>
    public static Uri ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "a URI string");
        }

        var text = StringHandler.ReadValue(ref reader);
        return Uri.TryCreate(text, UriKind.Absolute, out var value) ? value : throw JsonReadErrors.InvalidFormat(ref reader, "absolute URI");
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(value.OriginalString);
}

/// <summary>Reads any JSON value into a <see cref="JsonElement"/> that owns its memory, and writes it back unchanged.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct JsonElementHandler : IJsonHandler<JsonElement>
{
    /// <inheritdoc/>
    public static JsonElement ReadValue(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            throw new JsonPathError("The value at ", " cannot be written: it is a default JsonElement, which holds no value.");
        }

        value.WriteTo(writer);
    }
}

/// <summary>Integers read through decimal: "1.0" is an integer in JSON Schema, and errors say which range was missed.</summary>
internal static class NumberReading
{
    public static long Integral(ref Utf8JsonReader reader, long min, long max, string target)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "an integer");
        }

        if (reader.TryGetDecimal(out var value) && decimal.Truncate(value) == value && value >= min && value <= max)
        {
            return (long)value;
        }

        throw JsonReadErrors.OutOfRange(ref reader, target);
    }
}

/// <summary>Reads and writes base64 strings as bytes (<c>contentEncoding: base64</c>, OpenAPI's <c>format: byte</c>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Base64Handler : IJsonHandler<byte[]>
{
    /// <inheritdoc/>
    public static byte[] ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "a base64 string");
        }

        return reader.TryGetBytesFromBase64(out var value) ? value : throw JsonReadErrors.InvalidFormat(ref reader, "base64 string");
    }

    /// <inheritdoc/>
    public static void WriteValue(Utf8JsonWriter writer, byte[] value) => writer.WriteBase64StringValue(value);
}
