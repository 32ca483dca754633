using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
#if NET10_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Schemata;

/// <summary>
/// The declared property names of one object schema, for generated validators (not meant to be used directly):
/// finds which declared name a property of the instance has, so that the validator can <c>switch</c> on it instead of
/// comparing the name with every declared one in turn.
/// </summary>
/// <remarks>
/// On .NET 10 and later the property's raw UTF-8 name is read in place and looked up among the names of the same
/// length (usually one). A name written with escapes (<c>"\u0061"</c>) that matches none of them, a declared name
/// with a backslash, and every name on earlier frameworks are compared with
/// <see cref="JsonProperty.NameEquals(ReadOnlySpan{byte})"/>, which unescapes. Nothing is allocated.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PropertyNameTable
{
    private readonly byte[][] _names;
#if NET10_0_OR_GREATER
    // _byLength[n]: the indexes of the names n bytes long, or null.
    private readonly int[]?[] _byLength;
#endif

    /// <param name="names">The declared names, in the order the validator numbers them.</param>
    public PropertyNameTable(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = new byte[names.Length][];
        var longest = 0;
        for (var index = 0; index < names.Length; index++)
        {
            _names[index] = Encoding.UTF8.GetBytes(names[index]);
            longest = Math.Max(longest, _names[index].Length);
        }

#if NET10_0_OR_GREATER
        _byLength = new int[]?[longest + 1];
        for (var index = 0; index < _names.Length; index++)
        {
            if (Array.IndexOf(_names[index], (byte)'\\') >= 0)
            {
                // Raw text with escapes could spell such a name byte for byte and mean another: compared unescaped only.
                continue;
            }

            ref var bucket = ref _byLength[_names[index].Length];
            var grown = new int[(bucket?.Length ?? 0) + 1];
            bucket?.CopyTo(grown, 0);
            grown[grown.Length - 1] = index;
            bucket = grown;
        }
#endif
    }

    /// <summary>The number of declared names.</summary>
    public int Count => _names.Length;

    /// <summary>The index of the declared name <paramref name="property"/> has, or -1 when it has none of them.</summary>
    public int IndexOf(JsonProperty property)
    {
#if NET10_0_OR_GREATER
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if ((uint)raw.Length < (uint)_byLength.Length && _byLength[raw.Length] is { } bucket)
        {
            foreach (var index in bucket)
            {
                if (raw.SequenceEqual(_names[index]))
                {
                    // The buckets hold no name with a backslash, so equal raw bytes mean an equal name, escapes or not.
                    return index;
                }
            }
        }

        if (raw.IndexOf((byte)'\\') < 0)
        {
            // Without escapes the raw bytes are the name itself, and it is none of the declared ones.
            return -1;
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
}
