using System.Text;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Emit;

/// <summary>Writes schema descriptions as XML doc comments that are always well-formed and never escape the comment.</summary>
internal static class DocComment
{
    public static void WriteSummary(SourceWriter writer, string? text) => WriteElement(writer, "summary", text);

    /// <summary>Writes <c>&lt;remarks&gt;</c>, <c>&lt;example&gt;</c> and the like; a one-line text on one line.</summary>
    public static void WriteElement(SourceWriter writer, string element, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var lines = Lines(text!);
        if (lines.Length == 1)
        {
            writer.Line($"/// <{element}>{lines[0]}</{element}>");
            return;
        }

        writer.Line($"/// <{element}>");
        WriteLines(writer, lines);
        writer.Line($"/// </{element}>");
    }

    private static void WriteLines(SourceWriter writer, string[] lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                writer.Line("///");
            }
            else
            {
                writer.Line($"/// {line}");
            }
        }
    }

    /// <summary>Escapes XML and drops what XML cannot hold; every line break a C# compiler knows becomes a new comment line.</summary>
    public static string[] Lines(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append('\n');
                    break;
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    builder.Append('\n');
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                default:
                    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF')
                    {
                        // Not allowed in XML 1.0.
                        break;
                    }

                    if (char.IsHighSurrogate(c))
                    {
                        if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            builder.Append(c).Append(text[++i]);
                        }

                        break;
                    }

                    if (char.IsLowSurrogate(c))
                    {
                        break;
                    }

                    builder.Append(c);
                    break;
            }
        }

        var lines = builder.ToString().Trim('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = CodeSpans(lines[i].TrimEnd());
        }

        return lines;
    }

    /// <summary>Markdown code spans (`x`), common in schema descriptions, become &lt;c&gt;x&lt;/c&gt; when a line's backticks pair up.</summary>
    private static string CodeSpans(string line)
    {
        var count = 0;
        foreach (var c in line)
        {
            count += c == '`' ? 1 : 0;
        }

        if (count == 0 || count % 2 != 0)
        {
            return line;
        }

        var builder = new StringBuilder(line.Length + (count * 3));
        var open = false;
        foreach (var c in line)
        {
            if (c == '`')
            {
                builder.Append(open ? "</c>" : "<c>");
                open = !open;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
