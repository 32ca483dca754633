using System;

namespace Schemata.Generator.Helpers;

/// <summary>
/// Writes C# text and tracks indentation, so that emitters read like the C# they write.
/// Lines are always ended with '\n' so that output is identical on every platform. Indentation is one tab a level,
/// and the leading spaces of a written line (four to a level, as emitters write them in raw literals) become tabs:
/// a quarter of the bytes of space indentation, which was an eighth of all the generated text.
/// </summary>
/// <remarks>
/// The text goes into one char buffer that grows by doubling; a released writer hands its buffer to the next one on
/// the same thread. A generator run writes some 15 MB of C# for 720 schemas: with a StringBuilder every file's chunks
/// and every validation method's own builder were garbage, most of what the emitters allocated.
/// </remarks>
internal sealed class SourceWriter
{
    /// <summary>The spaces an emitter writes for one level of indentation inside a line's text.</summary>
    private const int SpacesPerLevel = 4;

    private static readonly string Tabs = new('\t', 32);

    /// <summary>
    /// As many buffers as writers are open at once (a file's, and a validation method's fields and body), of up to 64 K
    /// characters: a thread that ran the generator keeps at most 384 KB here and 128 KB of line scratch (the compiler
    /// server runs generators on several threads).
    /// </summary>
    [ThreadStatic]
    private static CharBufferPool? t_pool;

    private char[]? _buffer;
    private int _length;
    private int _indent;

    /// <param name="capacity">The characters to make room for at once (generated files are several kilobytes).</param>
    public SourceWriter(int capacity = 4096)
    {
        _buffer = (t_pool ??= new CharBufferPool(3, 1 << 16)).Rent(Math.Max(capacity, 1024));
    }

    /// <summary>The characters written so far.</summary>
    public int Length => _length;

    public int Indentation
    {
        get => _indent;
        set => _indent = value < 0 ? 0 : value;
    }

    /// <summary>Drops what was written after the first <paramref name="length"/> characters, at indentation <paramref name="indentation"/>.</summary>
    public void Truncate(int length, int indentation)
    {
        if ((uint)length > (uint)_length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "a writer can only be cut back to what it wrote");
        }

        _ = Buffer;
        _length = length;
        _indent = indentation;
    }

    public SourceWriter Line(string text)
    {
        WriteLine(text.AsSpan());
        return this;
    }

    /// <summary>Writes an interpolated line without making a string of it.</summary>
    public SourceWriter Line(ref LineHandler line)
    {
        WriteLine(line.Text);
        line.Release();
        return this;
    }

    public SourceWriter Line() => Line(string.Empty);

    /// <summary>Writes a block of lines (for example a raw string literal), indenting each one.</summary>
    public SourceWriter Lines(string text) => Lines(text.AsSpan());

    /// <summary>Writes an interpolated block of lines without making a string of it.</summary>
    public SourceWriter Lines(ref LineHandler lines)
    {
        Lines(lines.Text);
        lines.Release();
        return this;
    }

    private SourceWriter Lines(ReadOnlySpan<char> rest)
    {
        // Drop one trailing line break so that raw string literals ending in a newline do not add an empty line.
        if (rest.Length > 0 && rest[rest.Length - 1] == '\n')
        {
            rest = rest.Slice(0, rest.Length - 1);
        }

        while (true)
        {
            var next = rest.IndexOf('\n');
            WriteLine((next < 0 ? rest : rest.Slice(0, next)).TrimEnd('\r'));
            if (next < 0)
            {
                return this;
            }

            rest = rest.Slice(next + 1);
        }
    }

    /// <summary>Appends what <paramref name="other"/> wrote, as it is (its lines carry their own indentation).</summary>
    public SourceWriter Append(SourceWriter other)
    {
        Write(other.Written);
        return this;
    }

    public SourceWriter OpenBrace()
    {
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBrace(string suffix = "")
    {
        if (_indent == 0)
        {
            // An emitter closed more than it opened: fail (reported as an internal error) rather than write bad code.
            throw new InvalidOperationException("a brace is closed that was never opened");
        }

        _indent--;
        WriteIndentation(0);
        Write('}');
        Write(suffix);
        Write('\n');
        return this;
    }

    public override string ToString() => Written.ToString();

    /// <summary>
    /// What was written, as the text of a generated file (see <see cref="AsciiSourceText"/>); the buffer goes back as
    /// in <see cref="Release"/>, and the writer must not be used afterwards.
    /// </summary>
    public Microsoft.CodeAnalysis.Text.SourceText Finish()
    {
        var text = AsciiSourceText.From(Buffer, _length);
        Release();
        return text;
    }

    /// <summary>Gives the buffer back for the next writer on this thread; the writer must not be used afterwards.</summary>
    public void Release()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            t_pool?.Return(buffer);
        }
    }

    private ReadOnlySpan<char> Written => Buffer.AsSpan(0, _length);

    private char[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(SourceWriter));

    /// <summary>Writes one line at the current indentation, its own leading spaces turned into tabs, and its end.</summary>
    private void WriteLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 0)
        {
            var spaces = 0;
            while (spaces < line.Length && line[spaces] == ' ')
            {
                spaces++;
            }

            WriteIndentation(spaces / SpacesPerLevel);
            Write(line.Slice(spaces - spaces % SpacesPerLevel));
        }

        Write('\n');
    }

    private void WriteIndentation(int extra)
    {
        var count = _indent + extra;
        while (count > 0)
        {
            var chunk = Math.Min(count, Tabs.Length);
            Write(Tabs.AsSpan(0, chunk));
            count -= chunk;
        }
    }

    private void Write(char c)
    {
        var buffer = Buffer;
        if (_length < buffer.Length)
        {
            buffer[_length++] = c;
        }
        else
        {
            Write(c.ToString().AsSpan());
        }
    }

    private void Write(string text) => Write(text.AsSpan());

    private void Write(ReadOnlySpan<char> text)
    {
        var buffer = Buffer;
        CharBufferPool.Append(ref buffer, ref _length, text);
        _buffer = buffer;
    }
}
