using System;
using System.Collections.Generic;

namespace Schemata.Generator.Helpers;

/// <summary>
/// The char buffers the writers work in: a few kept for reuse (each pool lives on one thread), and appending that
/// grows a buffer by doubling. Shared by <see cref="SourceWriter"/> and <see cref="LineHandler"/>.
/// </summary>
internal sealed class CharBufferPool
{
    private readonly Stack<char[]> _free;
    private readonly int _maxCount;
    private readonly int _maxChars;

    /// <param name="maxCount">How many buffers are kept.</param>
    /// <param name="maxChars">Larger buffers are dropped (a rare huge file must not stay in memory).</param>
    public CharBufferPool(int maxCount, int maxChars)
    {
        _free = new Stack<char[]>(maxCount);
        _maxCount = maxCount;
        _maxChars = maxChars;
    }

    /// <summary>
    /// A kept buffer (which grows as it is written to) or, when none is kept or <paramref name="minimum"/> is more than
    /// a kept buffer can be, a new one of <paramref name="minimum"/> characters.
    /// </summary>
    public char[] Rent(int minimum) => _free.Count > 0 && minimum <= _maxChars ? _free.Pop() : new char[minimum];

    public void Return(char[] buffer)
    {
        if (buffer.Length <= _maxChars && _free.Count < _maxCount)
        {
            _free.Push(buffer);
        }
    }

    /// <summary>Appends <paramref name="text"/> after the first <paramref name="length"/> characters of <paramref name="buffer"/>, growing it if needed.</summary>
    public static void Append(ref char[] buffer, ref int length, ReadOnlySpan<char> text)
    {
        if (buffer.Length - length < text.Length)
        {
            var grown = new char[Math.Max(buffer.Length * 2, length + text.Length)];
            buffer.AsSpan(0, length).CopyTo(grown);
            buffer = grown;
        }

        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }
}
