using System;
using System.Collections.Generic;
using System.Text;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

/// <summary>RFC 6901 JSON pointers: building them, parsing them from URI fragments, following them.</summary>
internal static class JsonPointer
{
    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Escape(string token)
        => token.IndexOf('~') < 0 && token.IndexOf('/') < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");

    public static string Unescape(string token)
        => token.IndexOf('~') < 0 ? token : token.Replace("~1", "/").Replace("~0", "~");

    /// <summary>The tokens of a pointer ("/a/b~1c" → a, b/c). Returns null when the text is not a pointer.</summary>
    public static List<string>? Parse(string pointer)
    {
        var tokens = new List<string>();
        if (pointer.Length == 0)
        {
            return tokens;
        }

        if (pointer[0] != '/')
        {
            return null;
        }

        foreach (var token in pointer.Substring(1).Split('/'))
        {
            tokens.Add(Unescape(token));
        }

        return tokens;
    }

    /// <summary>Percent-decodes a URI fragment (a JSON pointer in a URI may escape '%' as %25, space as %20, …).</summary>
    public static string DecodeFragment(string fragment)
    {
        if (fragment.IndexOf('%') < 0)
        {
            return fragment;
        }

        try
        {
            return Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            return fragment;
        }
    }

    /// <summary>Follows <paramref name="pointer"/> from <paramref name="node"/>; null when it leads nowhere.</summary>
    public static JsonNode? Navigate(JsonNode node, string pointer)
    {
        var tokens = Parse(pointer);
        if (tokens is null)
        {
            return null;
        }

        var current = node;
        foreach (var token in tokens)
        {
            if (current.IsObject)
            {
                current = current[token];
            }
            else if (current.IsArray && TryIndex(token, out var index) && index < current.Items.Count)
            {
                current = current.Items[index];
            }
            else
            {
                return null;
            }

            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static bool TryIndex(string token, out int index)
    {
        index = 0;
        if (token.Length == 0 || (token.Length > 1 && token[0] == '0'))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (c < '0' || c > '9' || index > 100_000_000)
            {
                return false;
            }

            index = (index * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>A pointer as a URI fragment, percent-encoding what a fragment cannot hold.</summary>
    public static string ToFragment(string pointer)
    {
        var builder = new StringBuilder("#");
        foreach (var c in pointer)
        {
            if (c == '%' || c == ' ' || c == '"' || c == '#' || c < 0x20)
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
