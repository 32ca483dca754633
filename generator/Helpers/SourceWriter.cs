using System;
using System.Text;

namespace Schemata.Generator.Helpers;

/// <summary>
/// A StringBuilder that tracks indentation, so that emitters read like the C# they write.
/// Lines are always ended with '\n' so that output is identical on every platform.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder;
    private int _indent;

    /// <param name="capacity">The characters to make room for at once (generated files are several kilobytes).</param>
    public SourceWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

    /// <summary>The characters written so far.</summary>
    public int Length => _builder.Length;

    /// <summary>Drops what was written after the first <paramref name="length"/> characters, at indentation <paramref name="indentation"/>.</summary>
    public void Truncate(int length, int indentation)
    {
        _builder.Length = length;
        _indent = indentation;
    }

    public int Indentation
    {
        get => _indent;
        set => _indent = value < 0 ? 0 : value;
    }

    public SourceWriter Line(string text)
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * IndentSize);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter Line() => Line(string.Empty);

    /// <summary>Writes a block of lines (for example a raw string literal), indenting each one.</summary>
    public SourceWriter Lines(string text)
    {
        var start = 0;
        // Drop one trailing line break so that raw string literals ending in a newline do not add an empty line.
        var end = text.EndsWith("\n", StringComparison.Ordinal) ? text.Length - 1 : text.Length;
        while (start <= end)
        {
            var next = text.IndexOf('\n', start);
            if (next < 0 || next > end)
            {
                next = end;
            }

            var line = text.Substring(start, next - start).TrimEnd('\r');
            Line(line);
            start = next + 1;
        }

        return this;
    }

    /// <summary>Appends what <paramref name="other"/> wrote, as it is (its lines carry their own indentation).</summary>
    public SourceWriter Append(SourceWriter other)
    {
        _builder.Append(other._builder);
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
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public override string ToString() => _builder.ToString();
}
