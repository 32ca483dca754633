using System;
using System.Text;
using System.Text.Json;
#if NET9_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Schemata;

/// <summary>
/// The raw UTF-8 text of values and property names. On .NET 9 and later it is read in place (no allocation);
/// on .NET 8 it is copied out.
/// </summary>
internal static class JsonRaw
{
    /// <summary>The value's JSON text; a string keeps its quotes and escapes.</summary>
    public static ReadOnlySpan<byte> Value(JsonElement element)
    {
#if NET9_0_OR_GREATER
        return JsonMarshal.GetRawUtf8Value(element);
#else
        return Encoding.UTF8.GetBytes(element.GetRawText());
#endif
    }

    /// <summary>A string value's text between the quotes, still escaped.</summary>
    public static ReadOnlySpan<byte> StringContent(JsonElement element)
    {
        var raw = Value(element);
        return raw.Length >= 2 ? raw.Slice(1, raw.Length - 2) : raw;
    }

    /// <summary>A property name's text, still escaped.</summary>
    public static ReadOnlySpan<byte> PropertyName(JsonProperty property)
    {
#if NET10_0_OR_GREATER
        return JsonMarshal.GetRawUtf8PropertyName(property);
#else
        return Encoding.UTF8.GetBytes(JsonEncodedText.Encode(property.Name).Value);
#endif
    }

    public static bool HasEscapes(ReadOnlySpan<byte> text) => text.IndexOf((byte)'\\') >= 0;

    public static int PropertyCount(JsonElement element)
    {
#if NET9_0_OR_GREATER
        return element.GetPropertyCount();
#else
        var count = 0;
        foreach (var unused in element.EnumerateObject())
        {
            count++;
        }

        return count;
#endif
    }
}
