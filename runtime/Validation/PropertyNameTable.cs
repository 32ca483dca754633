using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
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
/// Names are looked up by their UTF-8 bytes in a small hash table. A converter passes the reader's raw bytes when the
/// name has no escapes, else the unescaped name. A validator on .NET 10 and later passes the property's raw name read
/// in place, trying first the name the schema lists next; raw bytes equal to a declared name are that name (a name
/// with escapes cannot equal one: declared names with a backslash, which raw bytes could spell and mean another, make
/// the table compare unescaped). A raw name with a backslash (an escape), and every name on earlier frameworks, is
/// compared with <see cref="JsonProperty.NameEquals(ReadOnlySpan{byte})"/>, which unescapes. Nothing is allocated
/// but for escaped names in a converter.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PropertyNameTable
{
    private readonly string[] _strings;
    private readonly byte[][] _names;

    // An open-addressing hash of the names by their UTF-8 bytes: index + 1 per slot, 0 for an empty one.
    private readonly int[] _slots;
    private readonly int _mask;

    // Whether names are only compared unescaped, in order: when a declared name has a backslash (raw, still escaped,
    // bytes could spell it and mean another name) or is declared twice (the first index must win, whatever is expected).
    private readonly bool _unescapedOnly;

    /// <param name="names">The declared names, in the order the generated code numbers them.</param>
    public PropertyNameTable(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _strings = names;
        _names = new byte[names.Length][];
        for (var index = 0; index < names.Length; index++)
        {
            _names[index] = Encoding.UTF8.GetBytes(names[index]);
            _unescapedOnly |= _names[index].AsSpan().IndexOf((byte)'\\') >= 0;
        }

        var size = 4;
        while (size < names.Length * 2)
        {
            size <<= 1;
        }

        _slots = new int[size];
        _mask = size - 1;
        for (var index = 0; index < _names.Length; index++)
        {
            var slot = Hash(_names[index]) & _mask;
            while (_slots[slot] != 0)
            {
                if (_names[_slots[slot] - 1].AsSpan().SequenceEqual(_names[index]))
                {
                    // A repeated name keeps its first index, as a lookup in order would find.
                    _unescapedOnly = true;
                    goto Next;
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = index + 1;
        Next:;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> name)
    {
        var length = name.Length;
        if (length == 0)
        {
            return 0;
        }

        return (length * 61) + (name[0] * 31) + (name[length - 1] * 131) + (name[length >> 1] * 17) + name[(length * 3) >> 2];
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
        var slots = _slots;
        var slot = Hash(utf8Name) & _mask;
        while (true)
        {
            var entry = slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            var name = _names[entry - 1];
            if (name.Length == utf8Name.Length && utf8Name.SequenceEqual(name))
            {
                return entry - 1;
            }

            slot = (slot + 1) & _mask;
        }
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
    public int IndexOf(JsonProperty property) => IndexOf(property, -1);

    /// <summary>
    /// As <see cref="IndexOf(JsonProperty)"/>, trying first the name at <paramref name="expected"/> (the one after the
    /// previous property's, as objects usually list them in the schema's order), then the others.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int IndexOf(JsonProperty property, int expected)
    {
#if NET10_0_OR_GREATER
        if (!_unescapedOnly)
        {
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);

            // Raw bytes equal to a declared name (which has no backslash) have no escapes: they are the name itself.
            var names = _names;
            if ((uint)expected < (uint)names.Length && raw.SequenceEqual(names[expected]))
            {
                return expected;
            }

            return IndexOfRaw(raw, property);
        }
#else
        if ((uint)expected < (uint)_names.Length && property.NameEquals(_names[expected]))
        {
            return expected;
        }
#endif

        return IndexOfEscaped(property);
    }

#if NET10_0_OR_GREATER
    /// <summary>The index of the name whose raw (still escaped) bytes are <paramref name="raw"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int IndexOfRaw(ReadOnlySpan<byte> raw, JsonProperty property)
    {
        var found = IndexOf(raw);
        return found >= 0 || raw.IndexOf((byte)'\\') < 0 ? found : IndexOfEscaped(property);
    }
#endif

    /// <summary>The index of the name of a property whose name has escapes (or cannot be compared raw), compared unescaped.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int IndexOfEscaped(JsonProperty property)
    {
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
