using System;
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
    /// <summary>Lines nest only as deep as holes that write lines: a few buffers of at most 32 KB each.</summary>
    [ThreadStatic]
    private static CharBufferPool? t_scratch;

    private char[] _buffer;
    private int _length;

    public LineHandler(int literalLength, int formattedCount)
    {
        _buffer = (t_scratch ??= new CharBufferPool(4, 1 << 14)).Rent(Math.Max(256, literalLength + (formattedCount * 16)));
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
        t_scratch?.Return(_buffer);
        _buffer = Array.Empty<char>();
        _length = 0;
    }

    private void Append(ReadOnlySpan<char> text) => CharBufferPool.Append(ref _buffer, ref _length, text);
}
