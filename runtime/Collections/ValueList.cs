using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Schemata;

/// <summary>
/// A read-only list that compares, hashes and prints by content: the type of a generated record's array properties
/// (<c>type: array</c>). Two lists are equal when they hold equal items in the same order (JSON values by their data,
/// byte arrays by their bytes), so the record's own <c>Equals</c> and <c>GetHashCode</c>, made by the compiler, compare
/// the records by content; <see cref="ToString"/> shows the items (<c>["a", "b"]</c>), not the type's name.
/// </summary>
/// <remarks>
/// Build one with a collection expression (<c>Tags = ["a", "b"]</c>, <c>[.. items]</c>), an array or a
/// <see cref="List{T}"/> (converted implicitly; both are copied, so changing them later does not change the list), or
/// <see cref="ValueList.Create{T}(ReadOnlySpan{T})"/>. The list never changes after it is made, which keeps its hash
/// stable in a <see cref="HashSet{T}"/> or as a dictionary key.
/// </remarks>
/// <typeparam name="T">The type of the items.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
[DebuggerDisplay("Count = {Count}")]
[DebuggerTypeProxy(typeof(ValueListDebugView<>))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IPrintedCollection
{
    private T[] _items;
    private int _count;

    internal ValueList(T[] items, int count)
    {
        _items = items;
        _count = count;
    }

    /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
    public ValueList(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
        _count = _items.Length;
    }

    /// <summary>The list without items.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>(), 0);

    /// <summary>How many items the list holds.</summary>
    public int Count => _count;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");
            }

            return _items[index];
        }
    }

    /// <summary>The items, without copying them.</summary>
    public ReadOnlySpan<T> AsSpan() => new(_items, 0, _count);

    /// <summary>An enumerator over the items, in order (a struct: <c>foreach</c> allocates nothing).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => Enumerate();

    IEnumerator IEnumerable.GetEnumerator() => Enumerate();

    private IEnumerator<T> Enumerate()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    /// <summary>Whether <paramref name="other"/> holds equal items in the same order.</summary>
    public bool Equals([NotNullWhen(true)] ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._count != _count)
        {
            return false;
        }

        var comparer = ItemEquality<T>.Comparer;
        for (var i = 0; i < _count; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ValueList<T>);

    /// <summary>A hash of the count and the first items, equal for equal lists.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_count);
        var comparer = ItemEquality<T>.Comparer;
        for (var i = 0; i < _count && i < ItemEquality<T>.HashedItems; i++)
        {
            hash.Add(_items[i] is { } item ? comparer.GetHashCode(item) : 0);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, as a log line shows them: <c>["a", "b"]</c>, the first <see cref="MemberPrinter.MaxItems"/> and then the count.</summary>
    public override string ToString() => MemberPrinter.Print(this);

    /// <summary>Whether both lists hold equal items in the same order (or both are null).</summary>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether the lists differ.</summary>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

    /// <summary>A list of a copy of the array's items (null for null).</summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static implicit operator ValueList<T>?(T[]? items) => items is null ? null : items.Length == 0 ? Empty : new((T[])items.Clone(), items.Length);

    /// <summary>A list of a copy of the list's items (null for null).</summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static implicit operator ValueList<T>?(List<T>? items) => items is null ? null : items.Count == 0 ? Empty : new(items.ToArray(), items.Count);

    void IPrintedCollection.Print(System.Text.StringBuilder builder) => MemberPrinter.AppendList(builder, this, _count);

    /// <summary>Adds an item while a reader fills a new list (never after the list is handed out).</summary>
    internal void Add(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length == 0 ? 4 : 2 * _items.Length);
        }

        _items[_count++] = item;
    }

    /// <summary>Enumerates a <see cref="ValueList{T}"/> without allocating.</summary>
    public struct Enumerator
    {
        private readonly ValueList<T> _list;
        private int _index;

        internal Enumerator(ValueList<T> list)
        {
            _list = list;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _list._items[_index];

        /// <summary>Moves to the next item; false after the last.</summary>
        public bool MoveNext() => ++_index < _list._count;
    }
}

/// <summary>Builds <see cref="ValueList{T}"/>s; collection expressions call <see cref="Create{T}(ReadOnlySpan{T})"/>.</summary>
public static class ValueList
{
    /// <summary>A list of a copy of <paramref name="items"/>.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? ValueList<T>.Empty : new(items.ToArray(), items.Length);
}

internal sealed class ValueListDebugView<T>(ValueList<T> list)
{
    [DebuggerBrowsable(DebuggerBrowsableState.RootHidden)]
    public T[] Items => list.AsSpan().ToArray();
}
