using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>
/// The wire strings of a generated string enum, whose members are numbered 0, 1, 2... in schema order (for generated
/// code; users call the enum's <c>ToWireValue</c>/<c>TryFromWireValue</c>). An open enum reads a string its schema does
/// not list as a number after the members' (see <see cref="UnknownEnumValues"/>) and writes it back as it came; a
/// strict one rejects it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class StringEnumTable
{
    private readonly PropertyNameTable _names;
    private readonly UnknownEnumValues? _unknown;
    private readonly string _enumName;
    private string? _allowed;

    /// <param name="enumName">The enum's name, for error messages.</param>
    /// <param name="strict">Whether a string the schema does not list is an error.</param>
    /// <param name="values">The wire strings, in member order.</param>
    public StringEnumTable(string enumName, bool strict, params string[] values)
    {
        _enumName = enumName;
        _names = new PropertyNameTable(values);
        _unknown = strict ? null : new UnknownEnumValues(values.Length, enumName);
    }

    /// <summary>Whether <paramref name="value"/> is a member the schema lists.</summary>
    public bool IsKnown(int value) => (uint)value < (uint)_names.Count;

    /// <summary>The wire string of <paramref name="value"/>.</summary>
    /// <exception cref="JsonException">The value is neither a member nor an unknown value that was read.</exception>
    public string ToWire(int value)
        => IsKnown(value) ? _names[value]
            : _unknown is not null ? _unknown.WireValue(value) : throw new JsonException($"{value} is not a value of {_enumName}.");

    /// <summary>The number of the member <paramref name="wire"/> stands for (or of the unknown value kept for it, when open).</summary>
    /// <exception cref="ArgumentException">The enum is strict and does not list <paramref name="wire"/>, or it already keeps <see cref="UnknownEnumValues.Limit"/> unknown values.</exception>
    public int FromWire(string wire)
    {
        ArgumentNullException.ThrowIfNull(wire);
        var index = _names.IndexOf(wire);
        return index >= 0 ? index
            : _unknown is not null ? _unknown.NumberOf(wire) : throw new ArgumentException($"'{wire}' is not a value of {_enumName}.", nameof(wire));
    }

    /// <summary>The number of the member <paramref name="wire"/> stands for (or of the unknown value kept for it, when open).</summary>
    public bool TryFromWire(string wire, out int value)
    {
        ArgumentNullException.ThrowIfNull(wire);
        value = _names.IndexOf(wire);
        if (value >= 0)
        {
            return true;
        }

        if (_unknown is not null && _unknown.TryNumberOf(wire, out value))
        {
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The member of <typeparamref name="TEnum"/> (an enum of this table, over <c>int</c>) that <paramref name="wire"/> stands for, as <see cref="TryFromWire(string, out int)"/>.</summary>
    public bool TryFromWire<TEnum>(string wire, out TEnum value)
        where TEnum : struct, Enum
    {
        if (System.Runtime.CompilerServices.Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            throw new ArgumentException($"{typeof(TEnum)} is not an enum over int.", nameof(TEnum));
        }

        var found = TryFromWire(wire, out int index);
        value = System.Runtime.CompilerServices.Unsafe.As<int, TEnum>(ref index);
        return found;
    }

    /// <summary>Reads the string the reader is on.</summary>
    public int Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReadErrors.UnexpectedToken(ref reader, "a string");
        }

        var index = !reader.ValueIsEscaped && !reader.HasValueSequence
            ? _names.IndexOf(reader.ValueSpan)
            : _names.IndexOf(JsonObjectReader.UnescapedName(ref reader));
        if (index >= 0)
        {
            return index;
        }

        return _unknown is not null ? _unknown.Read(ref reader) : throw JsonReadErrors.UnknownEnumValue(ref reader, _enumName, Allowed());
    }

    /// <summary>Writes the wire string of <paramref name="value"/>.</summary>
    public void Write(Utf8JsonWriter writer, int value)
    {
        if (IsKnown(value))
        {
            writer.WriteStringValue(_names.Encoded[value]);
        }
        else
        {
            writer.WriteStringValue(ToWire(value));
        }
    }

    private string Allowed()
    {
        if (_allowed is null)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < _names.Count && i < 20; i++)
            {
                builder.Append(i == 0 ? "'" : ", '").Append(_names[i]).Append('\'');
            }

            _allowed = builder.Append(_names.Count > 20 ? ", …" : string.Empty).ToString();
        }

        return _allowed;
    }
}

/// <summary>
/// The values of a generated integer enum, whose members have their wire numbers as values (for generated code). An
/// open enum keeps an integer its schema does not list; a strict one rejects it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class IntegerEnumTable
{
    private readonly long[] _sorted;
    private readonly long[] _values;
    private readonly string _enumName;
    private readonly bool _strict;
    private readonly bool _wide;

    /// <param name="enumName">The enum's name, for error messages.</param>
    /// <param name="strict">Whether an integer the schema does not list is an error.</param>
    /// <param name="wide">Whether the enum's underlying type is <c>long</c> (else <c>int</c>).</param>
    /// <param name="values">The wire numbers, in member order.</param>
    public IntegerEnumTable(string enumName, bool strict, bool wide, params long[] values)
    {
        _enumName = enumName;
        _strict = strict;
        _wide = wide;
        _values = values;
        _sorted = (long[])values.Clone();
        Array.Sort(_sorted);
    }

    /// <summary>Whether <paramref name="value"/> is a member the schema lists.</summary>
    public bool IsKnown(long value) => Array.BinarySearch(_sorted, value) >= 0;

    /// <summary>The wire string (the number's text) of <paramref name="value"/>.</summary>
    public string ToWire(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads the number the reader is on.</summary>
    public long Read(ref Utf8JsonReader reader)
    {
        var value = Int64Handler.ReadValue(ref reader);
        if (IsKnown(value))
        {
            return value;
        }

        if (_strict)
        {
            var allowed = string.Join(", ", _values.Length > 20 ? _values[..20] : _values) + (_values.Length > 20 ? ", …" : string.Empty);
            throw JsonReadErrors.UnknownEnumValue(ref reader, _enumName, allowed);
        }

        // Open: an integer the schema does not list is kept as the enum's value, and written back as it is.
        return _wide || value is >= int.MinValue and <= int.MaxValue ? value : throw JsonReadErrors.OutOfRange(ref reader, "a value of " + _enumName);
    }

    /// <summary>Writes <paramref name="value"/>.</summary>
    public void Write(Utf8JsonWriter writer, long value)
    {
        if (_strict && !IsKnown(value))
        {
            throw new JsonException($"{value} is not a value of {_enumName}.");
        }

        writer.WriteNumberValue(value);
    }
}
