using System;

namespace Schemata;

// JSON pointers, URI templates and regular expressions.
public static partial class JsonFormats
{
    /// <summary><c>json-pointer</c>: empty, or "/"-prefixed tokens where "~" is only "~0" or "~1".</summary>
    public static bool IsJsonPointer(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (text[0] != '/')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '~' && (i + 1 >= text.Length || (text[i + 1] != '0' && text[i + 1] != '1')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>relative-json-pointer</c>: a non-negative integer followed by "#" or a JSON pointer.</summary>
    public static bool IsRelativeJsonPointer(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        if (i == 0 || (i > 1 && text[0] == '0'))
        {
            return false;
        }

        var rest = text.Slice(i);
        return (rest.Length == 1 && rest[0] == '#') || IsJsonPointer(rest);
    }

    /// <summary><c>uri-template</c>: RFC 6570 literals and expressions <c>{[operator]varspec,…}</c>.</summary>
    public static bool IsUriTemplate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                var close = text.Slice(i).IndexOf('}');
                if (close < 0 || !Expression(text.Slice(i + 1, close - 1)))
                {
                    return false;
                }

                i += close;
            }
            else if (c == '%')
            {
                if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (c <= ' ' || c == '\u007F' || "\"<>\\^`|}".IndexOf(c) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Expression(ReadOnlySpan<char> expression)
    {
        if (expression.Length > 0 && "+#./;?&".IndexOf(expression[0]) >= 0)
        {
            expression = expression.Slice(1);
        }

        while (true)
        {
            var comma = expression.IndexOf(',');
            var spec = comma < 0 ? expression : expression.Slice(0, comma);
            if (!VarSpec(spec))
            {
                return false;
            }

            if (comma < 0)
            {
                return true;
            }

            expression = expression.Slice(comma + 1);
        }
    }

    private static bool VarSpec(ReadOnlySpan<char> spec)
    {
        if (spec.Length > 0 && spec[spec.Length - 1] == '*')
        {
            spec = spec.Slice(0, spec.Length - 1);
        }
        else
        {
            var colon = spec.IndexOf(':');
            if (colon >= 0)
            {
                var length = spec.Slice(colon + 1);
                if (length.Length == 0 || length.Length > 4 || length[0] == '0')
                {
                    return false;
                }

                foreach (var c in length)
                {
                    if (!IsDigit(c))
                    {
                        return false;
                    }
                }

                spec = spec.Slice(0, colon);
            }
        }

        if (spec.Length == 0 || spec[0] == '.' || spec[spec.Length - 1] == '.')
        {
            return false;
        }

        for (var i = 0; i < spec.Length; i++)
        {
            var c = spec[i];
            if (c == '%')
            {
                if (i + 2 >= spec.Length || !IsHex(spec[i + 1]) || !IsHex(spec[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (c == '.')
            {
                if (spec[i - 1] == '.')
                {
                    return false;
                }
            }
            else if (!(IsAlpha(c) || IsDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>regex</c>: an ECMA-262 pattern that translates to a valid .NET regular expression.</summary>
    public static bool IsRegex(ReadOnlySpan<char> text)
    {
        var translated = Schemata.Generator.Helpers.EcmaRegex.Translate(text.ToString(), out _);
        if (translated is null)
        {
            return false;
        }

        try
        {
            _ = new System.Text.RegularExpressions.Regex(translated, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
