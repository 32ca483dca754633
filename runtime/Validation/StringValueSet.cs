using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// The strings an <c>enum</c> or <c>const</c> of strings allows, for generated code (not meant to be used directly):
/// one call instead of a comparison per value in the generated code.
/// </summary>
/// <remarks>
/// On .NET 9 and later a value is looked up by its raw UTF-8 text, read in place, in a hash of the allowed strings:
/// nothing is allocated or unescaped. Raw text equal to an allowed string without a backslash is that string; a raw
/// text with a backslash (an escape) that matches none of them is compared unescaped, as on earlier frameworks.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class StringValueSet
{
    private readonly byte[][] _values;
#if NET9_0_OR_GREATER
    private readonly PropertyNameTable _table;
    private readonly bool[] _backslash;
#endif

    /// <param name="values">The allowed strings; each must be well-formed Unicode.</param>
    public StringValueSet(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new byte[values.Length][];
        for (var index = 0; index < values.Length; index++)
        {
            _values[index] = Encoding.UTF8.GetBytes(values[index]);
        }

#if NET9_0_OR_GREATER
        _table = new PropertyNameTable(values);
        _backslash = new bool[values.Length];
        for (var index = 0; index < values.Length; index++)
        {
            _backslash[index] = _values[index].AsSpan().IndexOf((byte)'\\') >= 0;
        }
#endif
    }

    /// <summary>Whether <paramref name="value"/> is a string equal to one of the allowed strings.</summary>
    public bool Contains(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

#if NET9_0_OR_GREATER
        var raw = JsonRaw.StringContent(value);
        var index = _table.IndexOf(raw);
        if (index >= 0 && !_backslash[index])
        {
            return true;
        }

        if (raw.IndexOf((byte)'\\') < 0)
        {
            return false;
        }
#endif

        foreach (var allowed in _values)
        {
            if (value.ValueEquals(allowed))
            {
                return true;
            }
        }

        return false;
    }
}
