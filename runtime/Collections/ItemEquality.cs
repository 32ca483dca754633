using System.Collections.Generic;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// How <see cref="ValueList{T}"/> and <see cref="ValueMap{T}"/> compare their items: by content where the type's own
/// equality is by reference or by field (a <see cref="JsonElement"/>, a <c>byte[]</c>), by the type's equality
/// otherwise (strings ordinally, generated records and nested lists and maps by content). Chosen once per type, with
/// no reflection (Native AOT).
/// </summary>
internal static class ItemEquality<T>
{
    /// <summary>How many items of a list its hash looks at.</summary>
    public const int HashedItems = 16;

    public static readonly IEqualityComparer<T> Comparer = Choose();

    private static IEqualityComparer<T> Choose()
    {
        if (typeof(T) == typeof(JsonElement))
        {
            return (IEqualityComparer<T>)(object)JsonElementComparer.Instance;
        }

        if (typeof(T) == typeof(JsonElement?))
        {
            return (IEqualityComparer<T>)(object)NullableJsonElementComparer.Instance;
        }

        if (typeof(T) == typeof(byte[]))
        {
            return (IEqualityComparer<T>)(object)BytesComparer.Instance;
        }

        return EqualityComparer<T>.Default;
    }

    private sealed class JsonElementComparer : IEqualityComparer<JsonElement>
    {
        public static readonly JsonElementComparer Instance = new();

        public bool Equals(JsonElement x, JsonElement y) => ValueEquality.Elements(x, y);

        public int GetHashCode(JsonElement obj) => ValueEquality.ElementHash(obj);
    }

    private sealed class NullableJsonElementComparer : IEqualityComparer<JsonElement?>
    {
        public static readonly NullableJsonElementComparer Instance = new();

        public bool Equals(JsonElement? x, JsonElement? y) => ValueEquality.Elements(x, y);

        public int GetHashCode(JsonElement? obj) => ValueEquality.ElementHash(obj);
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]>
    {
        public static readonly BytesComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => ValueEquality.Bytes(x, y);

        public int GetHashCode(byte[] obj) => ValueEquality.BytesHash(obj);
    }
}

/// <summary>A collection that prints its own items for <see cref="MemberPrinter"/> (within its depth limit).</summary>
internal interface IPrintedCollection
{
    void Print(System.Text.StringBuilder builder);
}
