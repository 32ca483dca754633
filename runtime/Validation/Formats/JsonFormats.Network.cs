using System;

namespace Schemata;

// Addresses and host names.
public static partial class JsonFormats
{
    /// <summary><c>ipv4</c>: four decimal octets 0–255 without leading zeros.</summary>
    public static bool IsIPv4(ReadOnlySpan<char> text)
    {
        var parts = 0;
        var i = 0;
        while (true)
        {
            var start = i;
            var value = 0;
            while (i < text.Length && IsDigit(text[i]) && i - start < 3)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            var length = i - start;
            if (length == 0 || value > 255 || (length > 1 && text[start] == '0'))
            {
                return false;
            }

            parts++;
            if (i == text.Length)
            {
                return parts == 4;
            }

            if (text[i] != '.' || parts == 4)
            {
                return false;
            }

            i++;
        }
    }

    /// <summary><c>ipv6</c>: eight groups of 1–4 hex digits, one "::" for a run of zero groups, an IPv4 tail allowed; no zone.</summary>
    public static bool IsIPv6(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var groups = 0;
        var compressed = false;
        var i = 0;
        if (text[0] == ':')
        {
            if (text[1] != ':')
            {
                return false;
            }

            compressed = true;
            i = 2;
            if (i == text.Length)
            {
                return true;
            }
        }

        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && IsHex(text[i]) && i - start < 5)
            {
                i++;
            }

            if (i < text.Length && text[i] == '.')
            {
                // An IPv4 tail stands for two groups.
                if (!IsIPv4(text.Slice(start)))
                {
                    return false;
                }

                groups += 2;
                i = text.Length;
                break;
            }

            var length = i - start;
            if (length == 0 || length > 4)
            {
                return false;
            }

            groups++;
            if (i == text.Length)
            {
                break;
            }

            if (text[i] != ':')
            {
                return false;
            }

            i++;
            if (i < text.Length && text[i] == ':')
            {
                if (compressed)
                {
                    return false;
                }

                compressed = true;
                i++;
                if (i == text.Length)
                {
                    break;
                }
            }
            else if (i == text.Length)
            {
                return false;
            }
        }

        return compressed ? groups < 8 : groups == 8;
    }

    /// <summary><c>hostname</c>: RFC 1123 labels of ASCII letters, digits and inner hyphens, each 1–63 long, 253 in all; "xn--" labels must be valid IDNA.</summary>
    public static bool IsHostname(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text.Length > 253)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return Labels(text, ascii: true);
    }

    /// <summary><c>idn-hostname</c>: like <c>hostname</c>, with Unicode labels checked by IDNA (UTS 46 with IDNA 2008 rules).</summary>
    public static bool IsIdnHostname(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        // IDNA (UTS 46) normalizes to NFC and accepts the ideographic and fullwidth full stops as label separators.
        var normalized = text.ToString().Normalize(System.Text.NormalizationForm.FormC).Replace('\u3002', '.').Replace('\uFF0E', '.').Replace('\uFF61', '.');
        return Labels(normalized.AsSpan(), ascii: false);
    }

    private static bool Labels(ReadOnlySpan<char> text, bool ascii)
    {
        var total = 0;
        while (true)
        {
            var dot = text.IndexOf('.');
            var label = dot < 0 ? text : text.Slice(0, dot);
            if (!Label(label, ascii, out var asciiLength))
            {
                return false;
            }

            total += asciiLength + 1;
            if (total > 254)
            {
                return false;
            }

            if (dot < 0)
            {
                return true;
            }

            text = text.Slice(dot + 1);
        }
    }

    private static bool Label(ReadOnlySpan<char> label, bool asciiOnly, out int asciiLength)
    {
        asciiLength = label.Length;
        if (label.Length == 0)
        {
            return false;
        }

        var isAscii = true;
        foreach (var c in label)
        {
            isAscii &= c < 128;
        }

        if (!isAscii)
        {
            if (asciiOnly)
            {
                return false;
            }

            return Idna.IsValidULabel(label.ToString(), out asciiLength);
        }

        if (label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!(IsAlpha(c) || IsDigit(c) || c == '-'))
            {
                return false;
            }
        }

        if (label.Length >= 4 && (label[0] == 'x' || label[0] == 'X') && (label[1] == 'n' || label[1] == 'N') && label[2] == '-' && label[3] == '-')
        {
            // "xn--" starts an A-label (punycode), which must decode to a valid U-label. Other labels follow RFC 1123,
            // which allows "--" anywhere inside.
            return Idna.IsValidALabel(label.ToString());
        }

        return true;
    }

    /// <summary><c>email</c>: local-part "@" domain, where local-part is a dot-atom or quoted string and domain a host name or an address literal.</summary>
    public static bool IsEmail(ReadOnlySpan<char> text) => Mailbox(text, international: false);

    /// <summary><c>idn-email</c>: like <c>email</c>, with Unicode in the local part and the domain.</summary>
    public static bool IsIdnEmail(ReadOnlySpan<char> text) => Mailbox(text, international: true);

    private static bool Mailbox(ReadOnlySpan<char> text, bool international)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return false;
        }

        var local = text.Slice(0, at);
        var domain = text.Slice(at + 1);
        if (!LocalPart(local, international))
        {
            return false;
        }

        if (domain[0] == '[')
        {
            if (domain[domain.Length - 1] != ']')
            {
                return false;
            }

            var literal = domain.Slice(1, domain.Length - 2);
            return literal.StartsWith("IPv6:".AsSpan(), StringComparison.Ordinal) ? IsIPv6(literal.Slice(5)) : IsIPv4(literal);
        }

        return international ? IsIdnHostname(domain) : IsHostname(domain);
    }

    private static bool LocalPart(ReadOnlySpan<char> local, bool international)
    {
        if (local[0] == '"')
        {
            if (local.Length < 2 || local[local.Length - 1] != '"')
            {
                return false;
            }

            for (var i = 1; i < local.Length - 1; i++)
            {
                var c = local[i];
                if (c == '\\')
                {
                    i++;
                    if (i >= local.Length - 1)
                    {
                        return false;
                    }
                }
                else if (c == '"' || (c < 32 && c != '\t') || (c > 126 && !international))
                {
                    return false;
                }
            }

            return true;
        }

        if (local[0] == '.' || local[local.Length - 1] == '.')
        {
            return false;
        }

        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            if (c == '.')
            {
                if (local[i - 1] == '.')
                {
                    return false;
                }

                continue;
            }

            var atext = IsAlpha(c) || IsDigit(c) || "!#$%&'*+-/=?^_`{|}~".IndexOf(c) >= 0 || (international && c > 127);
            if (!atext)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>uuid</c>: 8-4-4-4-12 hex digits.</summary>
    public static bool IsUuid(ReadOnlySpan<char> text)
    {
        if (text.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < 36; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? text[i] != '-' : !IsHex(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
