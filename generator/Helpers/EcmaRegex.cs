using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Schemata.Generator.Helpers;

/// <summary>
/// Translates a JSON Schema pattern (ECMA-262 with Unicode semantics) into a .NET pattern with the same meaning where
/// .NET can express it: <c>\d</c>, <c>\w</c> and <c>\s</c> keep their ASCII/ECMA sets (in .NET they are Unicode-wide),
/// <c>$</c> means the end of the text (not "before a final newline"), <c>.</c> matches one code point and no line
/// terminator, <c>\u{…}</c> and long Unicode property names (<c>\p{Letter}</c>) are rewritten, and characters outside
/// the BMP are grouped so that quantifiers apply to the whole character. Known gaps (README): <c>\b</c> uses .NET's
/// Unicode word characters, and classes cannot hold characters outside the BMP.
/// </summary>
internal static class EcmaRegex
{
    private const string Digits = "0-9";
    private const string Word = "a-zA-Z0-9_";
    private const string Space = @"\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
    private const string NotDigits = @"\u0000-/:-\uFFFF";
    private const string NotWord = @"\u0000-/:-@\[-\^`{-\uFFFF";
    private const string NotSpace = @"\u0000-\u0008\u000E-\u001F!-\u009F\u00A1-\u167F\u1681-\u1FFF\u200B-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u2FFF\u3001-\uFEFE\uFF00-\uFFFF";
    private const string Dot = @"(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\n\r\u2028\u2029])";

    private static readonly Dictionary<string, string> PropertyNames = new(StringComparer.Ordinal)
    {
        ["Letter"] = "L", ["Cased_Letter"] = "L", ["Uppercase_Letter"] = "Lu", ["Lowercase_Letter"] = "Ll",
        ["Titlecase_Letter"] = "Lt", ["Modifier_Letter"] = "Lm", ["Other_Letter"] = "Lo", ["Mark"] = "M",
        ["Combining_Mark"] = "M", ["Nonspacing_Mark"] = "Mn", ["Spacing_Mark"] = "Mc", ["Enclosing_Mark"] = "Me",
        ["Number"] = "N", ["Decimal_Number"] = "Nd", ["digit"] = "Nd", ["Letter_Number"] = "Nl", ["Other_Number"] = "No",
        ["Punctuation"] = "P", ["punct"] = "P", ["Connector_Punctuation"] = "Pc", ["Dash_Punctuation"] = "Pd",
        ["Open_Punctuation"] = "Ps", ["Close_Punctuation"] = "Pe", ["Initial_Punctuation"] = "Pi",
        ["Final_Punctuation"] = "Pf", ["Other_Punctuation"] = "Po", ["Symbol"] = "S", ["Math_Symbol"] = "Sm",
        ["Currency_Symbol"] = "Sc", ["Modifier_Symbol"] = "Sk", ["Other_Symbol"] = "So", ["Separator"] = "Z",
        ["Space_Separator"] = "Zs", ["Line_Separator"] = "Zl", ["Paragraph_Separator"] = "Zp", ["Other"] = "C",
        ["Control"] = "Cc", ["cntrl"] = "Cc", ["Format"] = "Cf", ["Surrogate"] = "Cs", ["Private_Use"] = "Co",
        ["Unassigned"] = "Cn",
    };

    /// <summary>The .NET pattern, or null with <paramref name="error"/> when the pattern cannot be translated.</summary>
    public static string? Translate(string pattern, out string? error)
    {
        error = null;
        var output = new StringBuilder(pattern.Length + 16);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= pattern.Length)
                    {
                        error = "it ends with a lone backslash";
                        return null;
                    }

                    if (!IsEcmaEscape(pattern[i + 1]))
                    {
                        error = $"\\{pattern[i + 1]} at index {i} is not an ECMA-262 escape";
                        return null;
                    }

                    i = Escape(pattern, i, output, inClass: false);
                    break;
                case '[':
                    i = Class(pattern, i, output, out error);
                    if (error is not null)
                    {
                        return null;
                    }

                    break;
                case '.':
                    output.Append(Dot);
                    i++;
                    break;
                case '(' when i + 1 < pattern.Length && pattern[i + 1] == '?':
                    if (!IsEcmaGroup(pattern, i + 2))
                    {
                        // .NET-only groups: inline options (?i), comments (?#…), atomic (?>…), conditionals.
                        error = $"the group at index {i} is not ECMA-262 syntax";
                        return null;
                    }

                    output.Append(c);
                    i++;
                    break;
                case '$':
                    output.Append(@"\z");
                    i++;
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < pattern.Length && char.IsLowSurrogate(pattern[i + 1]))
                    {
                        output.Append("(?:").Append(c).Append(pattern[i + 1]).Append(')');
                        i += 2;
                    }
                    else
                    {
                        output.Append(c);
                        i++;
                    }

                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>Translates the escape at <paramref name="i"/> (a backslash); returns the index after it.</summary>
    private static int Escape(string pattern, int i, StringBuilder output, bool inClass)
    {
        var e = pattern[i + 1];
        switch (e)
        {
            case 'd':
                output.Append(inClass ? Digits : "[" + Digits + "]");
                return i + 2;
            case 'D':
                output.Append(inClass ? NotDigits : "[^" + Digits + "]");
                return i + 2;
            case 'w':
                output.Append(inClass ? Word : "[" + Word + "]");
                return i + 2;
            case 'W':
                output.Append(inClass ? NotWord : "[^" + Word + "]");
                return i + 2;
            case 's':
                output.Append(inClass ? Space : "[" + Space + "]");
                return i + 2;
            case 'S':
                output.Append(inClass ? NotSpace : "[^" + Space + "]");
                return i + 2;
            case 'b' when inClass:
                output.Append(@"\u0008");
                return i + 2;
            case 'c' when i + 2 < pattern.Length && char.IsLetter(pattern[i + 2]) && pattern[i + 2] < 128:
                output.Append(@"\u").Append(((int)(char.ToUpperInvariant(pattern[i + 2]) % 32)).ToString("X4", CultureInfo.InvariantCulture));
                return i + 3;
            case 'u' when i + 2 < pattern.Length && pattern[i + 2] == '{':
            {
                var close = pattern.IndexOf('}', i + 3);
                if (close > i + 3 && int.TryParse(pattern.Substring(i + 3, close - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) && code <= 0x10FFFF)
                {
                    AppendCodePoint(output, code, inClass);
                    return close + 1;
                }

                output.Append(@"\u");
                return i + 2;
            }

            case 'u' when i + 5 < pattern.Length && IsHex(pattern, i + 2, 4):
            {
                var unit = int.Parse(pattern.Substring(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                // An escaped surrogate pair is one code point.
                if (unit >= 0xD800 && unit <= 0xDBFF && i + 11 < pattern.Length && pattern[i + 6] == '\\' && pattern[i + 7] == 'u' && IsHex(pattern, i + 8, 4))
                {
                    var low = int.Parse(pattern.Substring(i + 8, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    if (low >= 0xDC00 && low <= 0xDFFF)
                    {
                        AppendCodePoint(output, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), inClass);
                        return i + 12;
                    }
                }

                output.Append(pattern, i, 6);
                return i + 6;
            }

            case 'p':
            case 'P':
                if (i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    var close = pattern.IndexOf('}', i + 3);
                    if (close > 0)
                    {
                        var name = pattern.Substring(i + 3, close - i - 3);
                        var eq = name.IndexOf('=');
                        if (eq >= 0)
                        {
                            // General_Category=Letter, gc=L; scripts (Script=Greek) become .NET's blocks, the nearest it has.
                            var key = name.Substring(0, eq);
                            var value = name.Substring(eq + 1);
                            name = key is "Script" or "sc" or "Script_Extensions" or "scx" ? "Is" + value : value;
                        }

                        output.Append('\\').Append(e).Append('{').Append(PropertyNames.TryGetValue(name, out var shortName) ? shortName : name).Append('}');
                        return close + 1;
                    }
                }

                output.Append('\\').Append(e);
                return i + 2;
            case '/':
                output.Append('/');
                return i + 2;
            case '-' when inClass:
                output.Append(@"\-");
                return i + 2;
            default:
                if (char.IsHighSurrogate(e) && i + 2 < pattern.Length && char.IsLowSurrogate(pattern[i + 2]))
                {
                    AppendCodePoint(output, char.ConvertToUtf32(e, pattern[i + 2]), inClass);
                    return i + 3;
                }

                output.Append('\\').Append(e);
                return i + 2;
        }
    }

    /// <summary>Translates the class at <paramref name="i"/> (a '['); returns the index after its ']'.</summary>
    private static int Class(string pattern, int i, StringBuilder output, out string? error)
    {
        error = null;
        var start = i;
        i++;
        var negated = i < pattern.Length && pattern[i] == '^';
        if (negated)
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            // ECMA-262: [] matches nothing and [^] matches any character.
            output.Append(negated ? @"[\s\S]" : "(?!)");
            return i + 1;
        }

        var body = new StringBuilder();
        while (i < pattern.Length && pattern[i] != ']')
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                if (!IsEcmaEscape(pattern[i + 1]))
                {
                    error = $"\\{pattern[i + 1]} at index {i} is not an ECMA-262 escape";
                    return i;
                }

                i = Escape(pattern, i, body, inClass: true);
            }
            else if (c == '[')
            {
                // A literal '[' inside a class; .NET would read "[:" or "-[" specially.
                body.Append(@"\[");
                i++;
            }
            else
            {
                body.Append(c);
                i++;
            }
        }

        if (i >= pattern.Length)
        {
            error = $"the character class starting at index {start} is not closed";
            return i;
        }

        output.Append('[');
        if (negated)
        {
            output.Append('^');
        }

        output.Append(body).Append(']');
        return i + 1;
    }

    /// <summary>Letters that may follow a backslash in ECMA-262 (with the u flag); any other letter is an error there, while .NET gives some a meaning (\a, \A, \Z, \G…).</summary>
    private static bool IsEcmaEscape(char c) => !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) || "bBdDwWsSnrtfvcxupPk".IndexOf(c) >= 0;

    /// <summary>Whether what follows "(?" is an ECMA-262 group: non-capturing, lookahead, lookbehind or named.</summary>
    private static bool IsEcmaGroup(string pattern, int i)
    {
        if (i >= pattern.Length)
        {
            return false;
        }

        var c = pattern[i];
        if (c is ':' or '=' or '!')
        {
            return true;
        }

        return c == '<' && i + 1 < pattern.Length && (pattern[i + 1] is '=' or '!' || char.IsLetter(pattern[i + 1]) || pattern[i + 1] is '_' or '$');
    }

    private static void AppendCodePoint(StringBuilder output, int code, bool inClass)
    {
        if (code < 0x10000)
        {
            output.Append(@"\u").Append(code.ToString("X4", CultureInfo.InvariantCulture));
            return;
        }

        var s = char.ConvertFromUtf32(code);
        var pair = @"\u" + ((int)s[0]).ToString("X4", CultureInfo.InvariantCulture) + @"\u" + ((int)s[1]).ToString("X4", CultureInfo.InvariantCulture);
        output.Append(inClass ? pair : "(?:" + pair + ")");
    }

    private static bool IsHex(string text, int start, int count)
    {
        if (start + count > text.Length)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            if (!Uri.IsHexDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
