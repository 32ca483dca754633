using System;
using System.ComponentModel;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// JSON equality as JSON Schema defines it (for <c>enum</c>, <c>const</c> and <c>uniqueItems</c>): numbers by value
/// (1 equals 1.0), strings after unescaping, objects regardless of property order. Allocates nothing for values
/// without escaped characters on .NET 9 and later.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValues
{
    /// <summary>Whether two values are equal as JSON.</summary>
    public static bool Equal(JsonElement a, JsonElement b)
    {
        var kind = a.ValueKind;
        if (kind != b.ValueKind)
        {
            return false;
        }

        switch (kind)
        {
            case JsonValueKind.Number:
                return JsonNumbers.Equal(a, b);
            case JsonValueKind.String:
                return StringsEqual(a, b);
            case JsonValueKind.Array:
                return ArraysEqual(a, b);
            case JsonValueKind.Object:
                return ObjectsEqual(a, b);
            default:
                return true;
        }
    }

    /// <summary>Whether no two items of an array are equal.</summary>
    public static bool AllUnique(JsonElement array)
    {
        var length = array.GetArrayLength();
        for (var i = 1; i < length; i++)
        {
            var item = array[i];
            for (var j = 0; j < i; j++)
            {
                if (Equal(item, array[j]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The indexes of the first two equal items, for error messages; (-1, -1) when all are unique.</summary>
    public static (int First, int Second) FirstDuplicate(JsonElement array)
    {
        var length = array.GetArrayLength();
        for (var i = 1; i < length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Equal(array[i], array[j]))
                {
                    return (j, i);
                }
            }
        }

        return (-1, -1);
    }

    /// <summary>Parses a constant of a schema (an <c>enum</c> or <c>const</c> value) once, for comparisons.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static bool StringsEqual(JsonElement a, JsonElement b)
    {
        var x = JsonRaw.StringContent(a);
        var y = JsonRaw.StringContent(b);
        if (!JsonRaw.HasEscapes(x) && !JsonRaw.HasEscapes(y))
        {
            return x.SequenceEqual(y);
        }

        return string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal);
    }

    private static bool ArraysEqual(JsonElement a, JsonElement b)
    {
        var length = a.GetArrayLength();
        if (length != b.GetArrayLength())
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (!Equal(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ObjectsEqual(JsonElement a, JsonElement b)
    {
        if (JsonRaw.PropertyCount(a) != JsonRaw.PropertyCount(b))
        {
            return false;
        }

        foreach (var property in a.EnumerateObject())
        {
            var name = JsonRaw.PropertyName(property);
            var found = JsonRaw.HasEscapes(name) ? b.TryGetProperty(property.Name, out var other) : b.TryGetProperty(name, out other);
            if (!found || !Equal(property.Value, other))
            {
                return false;
            }
        }

        return true;
    }
}
