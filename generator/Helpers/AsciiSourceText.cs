using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Schemata.Generator.Helpers;

/// <summary>
/// A generated file whose text is all ASCII, kept one byte a character: half the memory of a string. Roslyn keeps
/// every generated text for as long as the generator driver lives (in the IDE, as long as the project is open), and
/// nearly all generated C# is ASCII (schema descriptions are the exception, and a file that has any other character
/// is a plain <see cref="SourceText"/>).
/// </summary>
/// <remarks>
/// Encoded as UTF-8, of which ASCII is a subset: written to disk (<c>EmitCompilerGeneratedFiles</c>) and hashed
/// (the PDB's checksum) exactly as <c>SourceText.From(text, Encoding.UTF8)</c> of the same characters.
/// </remarks>
internal sealed class AsciiSourceText : SourceText
{
    private static readonly Encoding Utf8 = Encoding.UTF8;

    private readonly byte[] _bytes;

    private AsciiSourceText(byte[] bytes) => _bytes = bytes;

    /// <summary>The text of <paramref name="chars"/>: one byte a character when they are all ASCII, else a string.</summary>
    public static SourceText From(char[] chars, int length)
    {
        // UTF-8 takes one byte for each ASCII character and more for any other: equal counts mean all ASCII.
        if (Utf8.GetByteCount(chars, 0, length) != length)
        {
            return SourceText.From(new string(chars, 0, length), Utf8);
        }

        var bytes = new byte[length];
        Encoding.ASCII.GetBytes(chars, 0, length, bytes, 0);
        return new AsciiSourceText(bytes);
    }

    public override Encoding Encoding => Utf8;

    public override int Length => _bytes.Length;

    public override char this[int position] => (char)_bytes[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if ((uint)sourceIndex > (uint)_bytes.Length || (uint)count > (uint)(_bytes.Length - sourceIndex))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        Encoding.ASCII.GetChars(_bytes, sourceIndex, count, destination, destinationIndex);
    }

    public override string ToString(TextSpan span)
    {
        if (span.End > _bytes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span));
        }

        return Encoding.ASCII.GetString(_bytes, span.Start, span.Length);
    }
}
