using System.Globalization;
using System.Text;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

/// <summary>JSON values written back as JSON text: compact, for the values schemas name (<c>enum</c>, <c>const</c>).</summary>
internal static class JsonLiterals
{
    /// <summary>The node as compact JSON text.</summary>
    public static string ToJson(JsonNode node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static void Write(JsonNode node, StringBuilder builder)
    {
        switch (node.Kind)
        {
            case JsonNodeKind.Null:
                builder.Append("null");
                break;
            case JsonNodeKind.True:
                builder.Append("true");
                break;
            case JsonNodeKind.False:
                builder.Append("false");
                break;
            case JsonNodeKind.Number:
                builder.Append(node.Text);
                break;
            case JsonNodeKind.String:
                WriteString(node.Text!, builder);
                break;
            case JsonNodeKind.Array:
                builder.Append('[');
                for (var i = 0; i < node.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(node.Items[i], builder);
                }

                builder.Append(']');
                break;
            default:
                builder.Append('{');
                var first = true;
                foreach (var member in node.Members)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    WriteString(member.Name, builder);
                    builder.Append(':');
                    Write(member.Value, builder);
                }

                builder.Append('}');
                break;
        }
    }

    public static void WriteString(string value, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
