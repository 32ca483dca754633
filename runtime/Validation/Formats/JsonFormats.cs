using System;
using System.ComponentModel;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// Format assertions. Only strings are checked (every format accepts other types, as JSON Schema says); the string
/// is read as characters without allocating when it has no escapes.
/// </summary>
public static partial class JsonFormats
{
    /// <summary>Whether <paramref name="value"/> satisfies <paramref name="format"/>; values that are not strings always do.</summary>
    public static bool IsValid(JsonElement value, JsonFormat format)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        return format switch
        {
            JsonFormat.DateTime => JsonStrings.WithChars(value, IsDateTime),
            JsonFormat.Date => JsonStrings.WithChars(value, IsDate),
            JsonFormat.Time => JsonStrings.WithChars(value, IsTime),
            JsonFormat.Duration => JsonStrings.WithChars(value, IsDuration),
            JsonFormat.Email => JsonStrings.WithChars(value, IsEmail),
            JsonFormat.IdnEmail => JsonStrings.WithChars(value, IsIdnEmail),
            JsonFormat.Hostname => JsonStrings.WithChars(value, IsHostname),
            JsonFormat.IdnHostname => JsonStrings.WithChars(value, IsIdnHostname),
            JsonFormat.IPv4 => JsonStrings.WithChars(value, IsIPv4),
            JsonFormat.IPv6 => JsonStrings.WithChars(value, IsIPv6),
            JsonFormat.Uri => JsonStrings.WithChars(value, IsUri),
            JsonFormat.UriReference => JsonStrings.WithChars(value, IsUriReference),
            JsonFormat.Iri => JsonStrings.WithChars(value, IsIri),
            JsonFormat.IriReference => JsonStrings.WithChars(value, IsIriReference),
            JsonFormat.Uuid => JsonStrings.WithChars(value, IsUuid),
            JsonFormat.Regex => JsonStrings.WithChars(value, IsRegex),
            JsonFormat.JsonPointer => JsonStrings.WithChars(value, IsJsonPointer),
            JsonFormat.RelativeJsonPointer => JsonStrings.WithChars(value, IsRelativeJsonPointer),
            JsonFormat.UriTemplate => JsonStrings.WithChars(value, IsUriTemplate),
            _ => true,
        };
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static bool IsAlpha(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>Reads exactly <paramref name="count"/> ASCII digits at <paramref name="start"/>.</summary>
    private static bool Digits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!IsDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
