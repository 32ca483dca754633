using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Schemata;

/// <summary>String checks of generated validators, on the raw UTF-8 text so that valid strings allocate nothing.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonStrings
{
    private const int StackLimit = 256;

    /// <summary>The length of a string value in Unicode code points (a surrogate pair counts once), as JSON Schema counts.</summary>
    public static int Length(JsonElement value)
    {
        var text = JsonRaw.StringContent(value);
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b != (byte)'\\')
            {
                // Count every byte that starts a UTF-8 sequence.
                if ((b & 0xC0) != 0x80)
                {
                    count++;
                }

                continue;
            }

            count++;
            if (i + 1 < text.Length && text[i + 1] == (byte)'u' && i + 5 < text.Length)
            {
                var unit = Hex4(text.Slice(i + 2, 4));
                i += 5;
                // An escaped surrogate pair is one code point.
                if (unit >= 0xD800 && unit <= 0xDBFF && i + 6 < text.Length && text[i + 1] == (byte)'\\' && text[i + 2] == (byte)'u')
                {
                    var low = Hex4(text.Slice(i + 3, 4));
                    if (low >= 0xDC00 && low <= 0xDFFF)
                    {
                        i += 6;
                    }
                }
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    /// <summary>Whether a string value matches <paramref name="regex"/>; false when matching times out.</summary>
    public static bool Matches(JsonElement value, Regex regex) => Match(value, regex) == RegexOutcome.Match;

    internal static RegexOutcome Match(JsonElement value, Regex regex)
    {
        var text = JsonRaw.StringContent(value);
        return JsonRaw.HasEscapes(text) ? SchemaRegex.Match(regex, value.GetString().AsSpan()) : MatchUtf8(text, regex);
    }

    internal static RegexOutcome MatchName(JsonProperty property, Regex regex)
    {
        var text = JsonRaw.PropertyName(property);
        return JsonRaw.HasEscapes(text) ? SchemaRegex.Match(regex, property.Name.AsSpan()) : MatchUtf8(text, regex);
    }

    /// <summary>Decodes UTF-8 into a stack or pooled buffer and matches it.</summary>
    internal static RegexOutcome MatchUtf8(ReadOnlySpan<byte> utf8, Regex regex)
    {
        char[]? rented = null;
        var buffer = utf8.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8, buffer);
            return SchemaRegex.Match(regex, buffer.Slice(0, length));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Runs <paramref name="check"/> over the string value's characters, decoded without allocating when it has no escapes.</summary>
    internal static bool WithChars(JsonElement value, CharsCheck check)
    {
        var text = JsonRaw.StringContent(value);
        if (JsonRaw.HasEscapes(text))
        {
            return check(value.GetString().AsSpan());
        }

        char[]? rented = null;
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(text, buffer);
            return check(buffer.Slice(0, length));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>A check over the characters of a string.</summary>
    internal delegate bool CharsCheck(ReadOnlySpan<char> text);

    private static int Hex4(ReadOnlySpan<byte> hex)
    {
        var value = 0;
        foreach (var b in hex)
        {
            value <<= 4;
            value |= b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => 0,
            };
        }

        return value;
    }
}
