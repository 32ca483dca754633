using Schemata.Generator.Diagnostics;

namespace Schemata.Generator.Reading;

/// <summary>
/// Turns byte offsets into the UTF-8 text of a schema file into character offsets, lines and columns.
/// The JSON reader reports positions in bytes, Roslyn wants UTF-16 characters. Offsets are asked for in
/// (almost always) increasing order while reading, so a forward-moving cursor keeps the whole file O(n).
/// </summary>
internal sealed class SourcePositionMap
{
    private readonly byte[] _utf8;
    private int _byte;
    private int _char;
    private int _line;
    private int _column;
    private bool _afterCarriageReturn;

    public SourcePositionMap(byte[] utf8) => _utf8 = utf8;

    public (int Char, int Line, int Column) At(int byteOffset)
    {
        if (byteOffset < _byte)
        {
            _byte = _char = _line = _column = 0;
            _afterCarriageReturn = false;
        }

        if (byteOffset > _utf8.Length)
        {
            byteOffset = _utf8.Length;
        }

        while (_byte < byteOffset)
        {
            var b = _utf8[_byte++];
            if (b == (byte)'\n')
            {
                if (!_afterCarriageReturn)
                {
                    _line++;
                }

                _column = 0;
                _char++;
                _afterCarriageReturn = false;
                continue;
            }

            _afterCarriageReturn = false;
            if (b == (byte)'\r')
            {
                _line++;
                _column = 0;
                _char++;
                _afterCarriageReturn = true;
            }
            else if ((b & 0xC0) == 0x80)
            {
                // A continuation byte belongs to the character already counted.
            }
            else if (b >= 0xF0)
            {
                // Four UTF-8 bytes encode a character outside the BMP: two UTF-16 code units.
                _char += 2;
                _column += 2;
            }
            else
            {
                _char++;
                _column++;
            }
        }

        return (_char, _line, _column);
    }

    public SourceSpan Span(int startByte, int endByte) => Span(At(startByte), endByte);

    /// <summary>The span from a position taken earlier (so that the map need not move back to it) to <paramref name="endByte"/>.</summary>
    public SourceSpan Span((int Char, int Line, int Column) start, int endByte)
    {
        var end = At(endByte);
        return new SourceSpan(start.Char, end.Char - start.Char, start.Line, start.Column, end.Line, end.Column);
    }

    /// <summary>The byte offset of a position given as a line (counted by '\n', as the JSON reader does) and a byte column.</summary>
    public int OffsetOf(long lineNumber, long bytePositionInLine)
    {
        var offset = 0;
        for (long line = 0; line < lineNumber && offset < _utf8.Length; offset++)
        {
            if (_utf8[offset] == (byte)'\n')
            {
                line++;
            }
        }

        var result = offset + bytePositionInLine;
        return result > _utf8.Length ? _utf8.Length : (int)result;
    }
}
