using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// Structural equality for what generated records hold: lists element by element, dictionaries entry by entry
/// (order aside, as in JSON objects), <see cref="JsonElement"/>s by their JSON data. Generated <c>Equals</c> and
/// <c>GetHashCode</c> call these, so two reads of the same JSON are equal and hash alike.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValueEquality
{
    /// <summary>Lists of equal length whose elements are equal in order.</summary>
    public static bool Lists<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b, Func<T, T, bool>? item = null)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            if (!(item?.Invoke(a[i], b[i]) ?? comparer.Equals(a[i], b[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Dictionaries with the same keys and equal values, in any order.</summary>
    public static bool Maps<T>(IReadOnlyDictionary<string, T>? a, IReadOnlyDictionary<string, T>? b, Func<T, T, bool>? item = null)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        foreach (var pair in a)
        {
            if (!b.TryGetValue(pair.Key, out var other) || !(item?.Invoke(pair.Value, other) ?? comparer.Equals(pair.Value, other)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Func<JsonElement, JsonElement, bool> s_elements = Elements;
    private static readonly Func<JsonElement, int> s_elementHash = ElementHash;

    /// <summary>Lists of JSON values equal item by item, by content (<see cref="Elements(JsonElement, JsonElement)"/>).</summary>
    public static bool ElementLists(IReadOnlyList<JsonElement>? a, IReadOnlyList<JsonElement>? b) => Lists(a, b, s_elements);

    /// <summary>Dictionaries of JSON values with the same keys and values equal by content, in any order.</summary>
    public static bool ElementMaps(IReadOnlyDictionary<string, JsonElement>? a, IReadOnlyDictionary<string, JsonElement>? b) => Maps(a, b, s_elements);

    /// <summary>A hash that agrees with <see cref="ElementLists"/>.</summary>
    public static int ElementListHash(IReadOnlyList<JsonElement>? list) => ListHash(list, s_elementHash);

    /// <summary>A hash that agrees with <see cref="ElementMaps"/>.</summary>
    public static int ElementMapHash(IReadOnlyDictionary<string, JsonElement>? map) => MapHash(map, s_elementHash);

    /// <summary>Byte arrays with the same content.</summary>
    public static bool Bytes(byte[]? a, byte[]? b)
        => ReferenceEquals(a, b) || (a is not null && b is not null && a.AsSpan().SequenceEqual(b));

    /// <summary>Optional JSON values holding the same data (both absent counts as equal).</summary>
    public static bool Elements(JsonElement? a, JsonElement? b)
        => a is { } x ? b is { } y && Elements(x, y) : b is null;

    /// <summary>JSON values holding the same data: objects compare property sets, numbers compare by value.</summary>
    public static bool Elements(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.String:
                return a.ValueEquals(b.GetString());
            case JsonValueKind.Number:
                return NumbersEqual(a, b);
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return false;
                }

                using (var x = a.EnumerateArray())
                using (var y = b.EnumerateArray())
                {
                    while (x.MoveNext() && y.MoveNext())
                    {
                        if (!Elements(x.Current, y.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.Object:
                var count = 0;
                foreach (var property in a.EnumerateObject())
                {
                    count++;
                    if (!b.TryGetProperty(property.Name, out var other) || !Elements(property.Value, other))
                    {
                        return false;
                    }
                }

                foreach (var _ in b.EnumerateObject())
                {
                    count--;
                }

                return count == 0;
            default:
                return true;
        }
    }

    /// <summary>A hash of a list that agrees with <see cref="Lists{T}"/>.</summary>
    public static int ListHash<T>(IReadOnlyList<T>? list, Func<T, int>? item = null)
    {
        if (list is null)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.Add(list.Count);
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < list.Count && i < 16; i++)
        {
            hash.Add(item?.Invoke(list[i]) ?? (list[i] is null ? 0 : comparer.GetHashCode(list[i]!)));
        }

        return hash.ToHashCode();
    }

    /// <summary>A hash of a dictionary that agrees with <see cref="Maps{T}"/> (independent of order).</summary>
    public static int MapHash<T>(IReadOnlyDictionary<string, T>? map, Func<T, int>? item = null)
    {
        if (map is null)
        {
            return 0;
        }

        var sum = map.Count;
        var comparer = EqualityComparer<T>.Default;
        foreach (var pair in map)
        {
            sum += HashCode.Combine(StringComparer.Ordinal.GetHashCode(pair.Key), item?.Invoke(pair.Value) ?? (pair.Value is null ? 0 : comparer.GetHashCode(pair.Value!)));
        }

        return sum;
    }

    /// <summary>A hash of bytes that agrees with <see cref="Bytes"/>.</summary>
    public static int BytesHash(byte[]? bytes)
    {
        if (bytes is null)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }

    /// <summary>A hash of an optional JSON value that agrees with <see cref="Elements(JsonElement?, JsonElement?)"/>.</summary>
    public static int ElementHash(JsonElement? element) => element is { } e ? ElementHash(e) : 0;

    /// <summary>A hash of a JSON value that agrees with <see cref="Elements(JsonElement, JsonElement)"/>.</summary>
    public static int ElementHash(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => HashCode.Combine(1, element.GetString()),
        JsonValueKind.Number => HashCode.Combine(2, element.TryGetDouble(out var d) ? d : 0),
        JsonValueKind.Array => HashCode.Combine(3, element.GetArrayLength()),
        JsonValueKind.Object => 4,
        var kind => (int)kind,
    };

    private static bool NumbersEqual(JsonElement a, JsonElement b)
    {
        var x = a.GetRawText();
        var y = b.GetRawText();
        if (x == y)
        {
            return true;
        }

        if (decimal.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out var dx)
            && decimal.TryParse(y, NumberStyles.Float, CultureInfo.InvariantCulture, out var dy))
        {
            return dx == dy;
        }

        return a.TryGetDouble(out var fx) && b.TryGetDouble(out var fy) && fx.Equals(fy);
    }
}
