using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// The strings an <c>enum</c> or <c>const</c> of strings allows, for generated code (not meant to be used directly):
/// one call instead of a comparison per value in the generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class StringValueSet
{
    private readonly byte[][] _values;

    /// <param name="values">The allowed strings; each must be well-formed Unicode.</param>
    public StringValueSet(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new byte[values.Length][];
        for (var index = 0; index < values.Length; index++)
        {
            _values[index] = Encoding.UTF8.GetBytes(values[index]);
        }
    }

    /// <summary>Whether <paramref name="value"/> is a string equal to one of the allowed strings.</summary>
    public bool Contains(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

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
