using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using Schemata.Serialization;
#if NET10_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Schemata;

/// <summary>
/// The declared property names of one object schema, for generated code (not meant to be used directly): finds which
/// declared name a property has, so that a validator or a converter can <c>switch</c> on its index instead of
/// comparing the name with every declared one in turn.
/// </summary>
/// <remarks>
/// Names are looked up by their UTF-8 bytes among the names of the same length (usually one or two). A converter
/// passes the reader's raw bytes when the name has no escapes, else the unescaped name. A validator on .NET 10 and
/// later passes the property's raw name read in place; a raw name with a backslash (an escape, which could spell a
/// declared name byte for byte and mean another), and every name on earlier frameworks, is compared with
/// <see cref="JsonProperty.NameEquals(ReadOnlySpan{byte})"/>, which unescapes. Nothing is allocated but for escaped
/// names in a converter.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PropertyNameTable
{
    private readonly string[] _strings;
    private readonly byte[][] _names;

    // _byLength[n]: the indexes of the names n bytes long, or null.
    private readonly int[]?[] _byLength;

    /// <param name="names">The declared names, in the order the generated code numbers them.</param>
    public PropertyNameTable(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _strings = names;
        _names = new byte[names.Length][];
        var longest = 0;
        for (var index = 0; index < names.Length; index++)
        {
            _names[index] = Encoding.UTF8.GetBytes(names[index]);
            longest = Math.Max(longest, _names[index].Length);
        }

        _byLength = new int[]?[longest + 1];
        for (var index = 0; index < _names.Length; index++)
        {
            ref var bucket = ref _byLength[_names[index].Length];
            var grown = new int[(bucket?.Length ?? 0) + 1];
            bucket?.CopyTo(grown, 0);
            grown[grown.Length - 1] = index;
            bucket = grown;
        }
    }

    private JsonEncodedText[]? _encoded;

    /// <summary>The names, encoded once, for writing.</summary>
    public JsonEncodedText[] Encoded => _encoded ??= JsonObjectWriter.Encode(this);

    /// <summary>The number of declared names.</summary>
    public int Count => _names.Length;

    /// <summary>The declared name at <paramref name="index"/>.</summary>
    public string this[int index] => _strings[index];

    /// <summary>The index of the declared name whose UTF-8 bytes (unescaped) are <paramref name="utf8Name"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> utf8Name)
    {
        if ((uint)utf8Name.Length < (uint)_byLength.Length && _byLength[utf8Name.Length] is { } bucket)
        {
            foreach (var index in bucket)
            {
                if (utf8Name.SequenceEqual(_names[index]))
                {
                    return index;
                }
            }
        }

        return -1;
    }

    /// <summary>The index of the declared name <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var length = Encoding.UTF8.GetMaxByteCount(name.Length);
        Span<byte> utf8 = length <= 256 ? stackalloc byte[length] : new byte[length];
        return IndexOf(utf8.Slice(0, Encoding.UTF8.GetBytes(name, utf8)));
    }

    /// <summary>The index of the declared name <paramref name="property"/> has, or -1 when it has none of them.</summary>
    public int IndexOf(JsonProperty property)
    {
#if NET10_0_OR_GREATER
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.IndexOf((byte)'\\') < 0)
        {
            // Without escapes the raw bytes are the name itself.
            return IndexOf(raw);
        }

#endif
        for (var index = 0; index < _names.Length; index++)
        {
            if (property.NameEquals(_names[index]))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// For a converter whose reader is on a property name: the index of the declared name it is (or -1), the name as
    /// <paramref name="name"/> (set before anything else can fail, so that errors can carry it), and the reader moved
    /// on to the value.
    /// </summary>
    public int ReadName(ref Utf8JsonReader reader, out string name)
    {
        int index;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            index = IndexOf(reader.ValueSpan);
            name = index >= 0 ? _strings[index] : JsonObjectReader.Name(ref reader);
        }
        else
        {
            name = JsonObjectReader.Name(ref reader);
            index = IndexOf(Encoding.UTF8.GetBytes(name));
        }

        JsonObjectReader.MoveToValue(ref reader);
        return index;
    }
}
