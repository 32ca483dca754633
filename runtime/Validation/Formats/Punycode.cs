using System.Collections.Generic;
using System.Text;

namespace Schemata;

/// <summary>RFC 3492 punycode, the encoding of IDNA A-labels (without the "xn--" prefix).</summary>
internal static class Punycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const int InitialN = 128;

    /// <summary>The Unicode text, or null when the input is not valid punycode.</summary>
    public static string? Decode(string input)
    {
        var output = new List<int>();
        var delimiter = input.LastIndexOf('-');
        if (delimiter > 0)
        {
            for (var j = 0; j < delimiter; j++)
            {
                if (input[j] >= 128)
                {
                    return null;
                }

                output.Add(input[j]);
            }
        }

        long n = InitialN;
        long i = 0;
        var bias = InitialBias;
        for (var position = delimiter > 0 ? delimiter + 1 : 0; position < input.Length;)
        {
            var oldi = i;
            long w = 1;
            for (var k = Base; ; k += Base)
            {
                if (position >= input.Length)
                {
                    return null;
                }

                var digit = Digit(input[position++]);
                if (digit < 0)
                {
                    return null;
                }

                i += digit * w;
                if (i > int.MaxValue)
                {
                    return null;
                }

                var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                if (digit < t)
                {
                    break;
                }

                w *= Base - t;
            }

            bias = Adapt(i - oldi, output.Count + 1, oldi == 0);
            n += i / (output.Count + 1);
            i %= output.Count + 1;
            if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF))
            {
                return null;
            }

            output.Insert((int)i, (int)n);
            i++;
        }

        var builder = new StringBuilder();
        foreach (var cp in output)
        {
            builder.Append(char.ConvertFromUtf32(cp));
        }

        return builder.ToString();
    }

    /// <summary>The punycode of Unicode text, or null on overflow.</summary>
    public static string? Encode(string input)
    {
        var codePoints = new List<int>();
        for (var k = 0; k < input.Length; k++)
        {
            if (char.IsHighSurrogate(input[k]) && k + 1 < input.Length && char.IsLowSurrogate(input[k + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(input[k], input[k + 1]));
                k++;
            }
            else
            {
                codePoints.Add(input[k]);
            }
        }

        var output = new StringBuilder();
        foreach (var cp in codePoints)
        {
            if (cp < 128)
            {
                output.Append((char)cp);
            }
        }

        var basic = output.Length;
        var handled = basic;
        if (basic > 0)
        {
            output.Append('-');
        }

        long n = InitialN;
        long delta = 0;
        var bias = InitialBias;
        while (handled < codePoints.Count)
        {
            long m = int.MaxValue;
            foreach (var cp in codePoints)
            {
                if (cp >= n && cp < m)
                {
                    m = cp;
                }
            }

            delta += (m - n) * (handled + 1);
            if (delta > int.MaxValue)
            {
                return null;
            }

            n = m;
            foreach (var cp in codePoints)
            {
                if (cp < n)
                {
                    delta++;
                }
                else if (cp == n)
                {
                    var q = delta;
                    for (var k = Base; ; k += Base)
                    {
                        var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                        if (q < t)
                        {
                            break;
                        }

                        output.Append(DigitChar((int)(t + ((q - t) % (Base - t)))));
                        q = (q - t) / (Base - t);
                    }

                    output.Append(DigitChar((int)q));
                    bias = Adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }

            delta++;
            n++;
        }

        return output.ToString();
    }

    private static int Adapt(long delta, int points, bool first)
    {
        delta = first ? delta / Damp : delta / 2;
        delta += delta / points;
        var k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return (int)(k + (((Base - TMin + 1) * delta) / (delta + Skew)));
    }

    private static int Digit(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => c - '0' + 26,
        _ => -1,
    };

    private static char DigitChar(int d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);
}
