using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Schemata;

/// <summary>
/// A read-only dictionary with string keys that compares, hashes and prints by content: the type of a generated
/// record's map properties (<c>additionalProperties</c> with a schema, <c>patternProperties</c>) and of its
/// <c>AdditionalProperties</c>, the properties the schema does not declare. Two maps are equal when they have the same
/// keys (compared ordinally) with equal values, in any order, as JSON objects are (JSON values by their data), so the
/// record's own <c>Equals</c> and <c>GetHashCode</c>, made by the compiler, compare the records by content;
/// <see cref="ToString"/> shows the entries (<c>{ region = "eu" }</c>).
/// </summary>
/// <remarks>
/// Build one from a <see cref="Dictionary{TKey, TValue}"/> (converted implicitly, and copied), a collection expression
/// of entries (<c>[new("region", "eu")]</c>; the last of equal keys wins) or <see cref="ValueMap.Create{T}"/>. Entries
/// keep the order they were read or given in, which is the order they are written back in.
/// </remarks>
/// <typeparam name="T">The type of the values.</typeparam>
[CollectionBuilder(typeof(ValueMap), nameof(ValueMap.Create))]
[DebuggerDisplay("Count = {Count}")]
[DebuggerTypeProxy(typeof(ValueMapDebugView<>))]
public sealed class ValueMap<T> : IReadOnlyDictionary<string, T>, IEquatable<ValueMap<T>>, IPrintedCollection
{
    private readonly Dictionary<string, T> _entries;

    /// <summary>Takes <paramref name="entries"/> without copying: only for a dictionary nothing else holds.</summary>
    internal ValueMap(Dictionary<string, T> entries) => _entries = entries;

    /// <summary>A map holding a copy of <paramref name="entries"/> (the last of equal keys wins).</summary>
    public ValueMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _entries[entry.Key] = entry.Value;
        }
    }

    /// <summary>The map without entries.</summary>
    public static ValueMap<T> Empty { get; } = new(new Dictionary<string, T>(0, StringComparer.Ordinal));

    /// <summary>How many entries the map holds.</summary>
    public int Count => _entries.Count;

    /// <summary>The value of <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The map has no such key.</exception>
    public T this[string key] => _entries[key];

    /// <summary>The keys, in order.</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    /// <summary>The values, in the order of their keys.</summary>
    public IEnumerable<T> Values => _entries.Values;

    /// <summary>Whether the map has <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    /// <summary>The value of <paramref name="key"/>, when the map has it.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value) => _entries.TryGetValue(key, out value);

    /// <summary>An enumerator over the entries, in order (a struct: <c>foreach</c> allocates nothing).</summary>
    public Dictionary<string, T>.Enumerator GetEnumerator() => _entries.GetEnumerator();

    IEnumerator<KeyValuePair<string, T>> IEnumerable<KeyValuePair<string, T>>.GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    /// <summary>Whether <paramref name="other"/> has the same keys with equal values, in any order.</summary>
    public bool Equals([NotNullWhen(true)] ValueMap<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        var comparer = ItemEquality<T>.Comparer;
        foreach (var entry in _entries)
        {
            if (!other._entries.TryGetValue(entry.Key, out var value) || !comparer.Equals(entry.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ValueMap<T>);

    /// <summary>A hash of the entries that does not depend on their order, equal for equal maps.</summary>
    public override int GetHashCode()
    {
        var sum = Count;
        var comparer = ItemEquality<T>.Comparer;
        foreach (var entry in _entries)
        {
            sum += HashCode.Combine(StringComparer.Ordinal.GetHashCode(entry.Key), entry.Value is { } value ? comparer.GetHashCode(value) : 0);
        }

        return sum;
    }

    /// <summary>The entries, as a log line shows them: <c>{ region = "eu", tier = 2 }</c>, the first <see cref="MemberPrinter.MaxItems"/> and then the count.</summary>
    public override string ToString() => MemberPrinter.Print(this);

    /// <summary>Whether both maps have the same keys with equal values (or both are null).</summary>
    public static bool operator ==(ValueMap<T>? left, ValueMap<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether the maps differ.</summary>
    public static bool operator !=(ValueMap<T>? left, ValueMap<T>? right) => !(left == right);

    /// <summary>A map of a copy of the dictionary's entries, keys compared ordinally (null for null).</summary>
    [return: NotNullIfNotNull(nameof(entries))]
    public static implicit operator ValueMap<T>?(Dictionary<string, T>? entries) => entries is null ? null : new(entries);

    void IPrintedCollection.Print(System.Text.StringBuilder builder) => MemberPrinter.AppendMap(builder, _entries);
}

/// <summary>Builds <see cref="ValueMap{T}"/>s; collection expressions of entries call <see cref="Create{T}"/>.</summary>
public static class ValueMap
{
    /// <summary>A map of a copy of <paramref name="entries"/> (the last of equal keys wins).</summary>
    public static ValueMap<T> Create<T>(ReadOnlySpan<KeyValuePair<string, T>> entries)
    {
        var map = new Dictionary<string, T>(entries.Length, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            map[entry.Key] = entry.Value;
        }

        return new ValueMap<T>(map);
    }
}

internal sealed class ValueMapDebugView<T>(ValueMap<T> map)
{
    [DebuggerBrowsable(DebuggerBrowsableState.RootHidden)]
    public KeyValuePair<string, T>[] Entries => [.. map];
}
