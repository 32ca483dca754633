using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Schemata.Generator.Helpers;

/// <summary>
/// Lets <c>writer.Line($"...")</c> build the line without making a string of it first. The parts go into a scratch
/// buffer, not into the writer: a hole's expression may itself write lines (a validation check that declares a
/// variable before the line that uses it), and those must come first.
/// </summary>
[InterpolatedStringHandler]
internal ref struct LineHandler
{
    [ThreadStatic]
    private static Stack<char[]>? t_scratch;

    private char[] _buffer;
    private int _length;

    public LineHandler(int literalLength, int formattedCount)
    {
        var pool = t_scratch;
        _buffer = pool is { Count: > 0 } ? pool.Pop() : new char[Math.Max(256, literalLength + (formattedCount * 16))];
        _length = 0;
    }

    /// <summary>What was written.</summary>
    public readonly ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

    public void AppendLiteral(string value) => Append(value.AsSpan());

    public void AppendFormatted(string? value) => Append(value.AsSpan());

    public void AppendFormatted<T>(T value)
    {
        // Invariant, so that the code is the same on every machine.
        var text = value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString();
        Append(text.AsSpan());
    }

    public void AppendFormatted<T>(T value, string? format)
    {
        var text = value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString();
        Append(text.AsSpan());
    }

    /// <summary>Gives the scratch buffer back; the handler must not be used afterwards.</summary>
    public void Release()
    {
        if (_buffer.Length <= 1 << 14)
        {
            var pool = t_scratch ??= new Stack<char[]>();
            // Lines nest only as deep as holes that write lines: a few buffers of at most 32 KB each.
            if (pool.Count < 4)
            {
                pool.Push(_buffer);
            }
        }

        _buffer = Array.Empty<char>();
        _length = 0;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_buffer.Length - _length < text.Length)
        {
            var grown = new char[Math.Max(_buffer.Length * 2, _length + text.Length)];
            _buffer.AsSpan(0, _length).CopyTo(grown);
            _buffer = grown;
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }
}
