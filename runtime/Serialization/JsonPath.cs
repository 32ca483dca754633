using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>
/// Builds the JSON path of a read (or write) error while the error unwinds, so that a valid document costs nothing:
/// each object or array level has an exception filter that adds its own segment in front and lets the error pass
/// (it is never caught and thrown again: a throw from a catch block runs on top of the stack it unwinds, so one per
/// level would overflow the stack of a deeply nested document); the outermost level completes it into a
/// <see cref="JsonException"/> whose message and <see cref="JsonException.Path"/> name the path.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonPath
{
    private const string SegmentsKey = "Schemata.JsonPath.Segments";

    /// <summary>Whether <paramref name="error"/> is a read or write error that should get a path (and not, say, OutOfMemoryException).</summary>
    public static bool IsReadError(Exception error) => error is JsonException or JsonPathError;

    /// <summary>
    /// An exception filter: adds a property segment in front of a read error's path, and returns false so that the
    /// error keeps unwinding.
    /// </summary>
    public static bool Add(Exception error, string property)
    {
        if (IsReadError(error))
        {
            Segments(error).Add(property);
        }

        return false;
    }

    /// <summary>An exception filter: adds an array index segment in front of a read error's path, and returns false.</summary>
    public static bool Add(Exception error, int index)
    {
        if (IsReadError(error))
        {
            Segments(error).Add(index);
        }

        return false;
    }

    /// <summary>Turns a read error into the <see cref="JsonException"/> the caller sees, with the whole path.</summary>
    public static JsonException Complete(Exception error)
    {
        var pathed = error as JsonPathError ?? JsonPathError.Wrap(error);
        var path = Format(Segments(error));
        return new JsonException(pathed.Before + path + pathed.After, path, pathed.LineNumber, pathed.BytePositionInLine, pathed.InnerException);
    }

    /// <summary>The segments collected so far, innermost first: on our own errors, or in the data of the reader's.</summary>
    private static List<object> Segments(Exception error)
    {
        if (error is JsonPathError pathed)
        {
            return pathed.Segments;
        }

        if (error.Data[SegmentsKey] is not List<object> segments)
        {
            segments = new List<object>();
            error.Data[SegmentsKey] = segments;
        }

        return segments;
    }

    /// <summary>"$.member_session.authentication_factors[2]", with bracket notation for names that need it.</summary>
    internal static string Format(List<object> reversedSegments)
    {
        var builder = new StringBuilder("$");
        for (var i = reversedSegments.Count - 1; i >= 0; i--)
        {
            switch (reversedSegments[i])
            {
                case int index:
                    builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                case string name when IsSimple(name):
                    builder.Append('.').Append(name);
                    break;
                case string name:
                    builder.Append("['").Append(name.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The same rule as System.Text.Json's own paths: bracket notation for names with these characters.</summary>
    private static bool IsSimple(string name)
        => name.Length > 0 && name.IndexOfAny(SpecialCharacters) < 0;

    private static readonly char[] SpecialCharacters = { '.', ' ', '\'', '/', '"', '[', ']', '(', ')', '\t', '\n', '\r', '\f', '\b', '\\', '\u0085', '\u2028', '\u2029' };
}

/// <summary>A read error on its way out, collecting path segments (innermost first).</summary>
internal sealed class JsonPathError : Exception
{
    public JsonPathError(string before, string after, Exception? inner = null)
        : base(before + "$" + after, inner)
    {
        Before = before;
        After = after;
    }

    /// <summary>The message before the path.</summary>
    public string Before { get; }

    /// <summary>The message after the path.</summary>
    public string After { get; }

    public List<object> Segments { get; } = new();

    public long? LineNumber { get; private init; }

    public long? BytePositionInLine { get; private init; }

    /// <summary>Wraps an error the reader itself raised (malformed JSON, depth exceeded, …), keeping its position.</summary>
    public static JsonPathError Wrap(Exception error)
    {
        if (error is JsonException json)
        {
            var message = json.Message;
            // The reader's messages end with its own " LineNumber: … | BytePositionInLine: …." suffix; the path goes there instead.
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message.Substring(0, cut);
            }

            var position = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : string.Empty;
            return new JsonPathError(message.TrimEnd() + " At ", position + ".", error)
            {
                LineNumber = json.LineNumber,
                BytePositionInLine = json.BytePositionInLine,
            };
        }

        return new JsonPathError(error.Message + " At ", ".", error);
    }
}
