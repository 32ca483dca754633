using System;

namespace Schemata;

// RFC 3986 URIs and RFC 3987 IRIs.
public static partial class JsonFormats
{
    /// <summary><c>uri</c>: an absolute URI (scheme ":" hierarchical part, optional query and fragment), ASCII only.</summary>
    public static bool IsUri(ReadOnlySpan<char> text) => Uri(text, iri: false, relative: false);

    /// <summary><c>uri-reference</c>: a URI or a relative reference.</summary>
    public static bool IsUriReference(ReadOnlySpan<char> text) => Uri(text, iri: false, relative: true);

    /// <summary><c>iri</c>: like <c>uri</c>, with Unicode characters allowed.</summary>
    public static bool IsIri(ReadOnlySpan<char> text) => Uri(text, iri: true, relative: false);

    /// <summary><c>iri-reference</c>: like <c>uri-reference</c>, with Unicode characters allowed.</summary>
    public static bool IsIriReference(ReadOnlySpan<char> text) => Uri(text, iri: true, relative: true);

    private static bool Uri(ReadOnlySpan<char> text, bool iri, bool relative)
    {
        var rest = text;
        var colon = SchemeEnd(text);
        if (colon > 0)
        {
            rest = text.Slice(colon + 1);
        }
        else if (!relative)
        {
            return false;
        }

        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            if (!Chars(rest.Slice(hash + 1), iri, "/?:@"))
            {
                return false;
            }

            rest = rest.Slice(0, hash);
        }

        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            if (!Chars(rest.Slice(question + 1), iri, "/?:@"))
            {
                return false;
            }

            rest = rest.Slice(0, question);
        }

        if (rest.StartsWith("//".AsSpan(), StringComparison.Ordinal))
        {
            rest = rest.Slice(2);
            var slash = rest.IndexOf('/');
            var authority = slash < 0 ? rest : rest.Slice(0, slash);
            if (!Authority(authority, iri))
            {
                return false;
            }

            rest = slash < 0 ? ReadOnlySpan<char>.Empty : rest.Slice(slash);
        }
        else if (colon <= 0)
        {
            // A relative path's first segment cannot hold a ':' (it would read as a scheme).
            var slash = rest.IndexOf('/');
            var first = slash < 0 ? rest : rest.Slice(0, slash);
            if (first.IndexOf(':') >= 0)
            {
                return false;
            }
        }

        return Chars(rest, iri, "/:@");
    }

    /// <summary>The index of the ':' that ends a scheme, or -1.</summary>
    private static int SchemeEnd(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !IsAlpha(text[0]))
        {
            return -1;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ':')
            {
                return i;
            }

            if (!(IsAlpha(c) || IsDigit(c) || c == '+' || c == '-' || c == '.'))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool Authority(ReadOnlySpan<char> authority, bool iri)
    {
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            if (!Chars(authority.Slice(0, at), iri, ":"))
            {
                return false;
            }

            authority = authority.Slice(at + 1);
        }

        if (authority.Length > 0 && authority[0] == '[')
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            var literal = authority.Slice(1, close - 1);
            var ok = literal.Length > 0 && (literal[0] == 'v' || literal[0] == 'V') ? literal.IndexOf('.') > 1 && Chars(literal.Slice(literal.IndexOf('.') + 1), false, ":") : IsIPv6(literal);
            if (!ok)
            {
                return false;
            }

            authority = authority.Slice(close + 1);
            return authority.Length == 0 || (authority[0] == ':' && Port(authority.Slice(1)));
        }

        var portColon = authority.LastIndexOf(':');
        if (portColon >= 0)
        {
            if (!Port(authority.Slice(portColon + 1)))
            {
                return false;
            }

            authority = authority.Slice(0, portColon);
        }

        return Chars(authority, iri, string.Empty);
    }

    private static bool Port(ReadOnlySpan<char> port)
    {
        foreach (var c in port)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Unreserved characters, sub-delims, percent-encodings and <paramref name="extra"/> (and Unicode for IRIs).</summary>
    private static bool Chars(ReadOnlySpan<char> text, bool iri, string extra)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2]))
                {
                    return false;
                }

                i += 2;
                continue;
            }

            var ok = IsAlpha(c) || IsDigit(c) || "-._~!$&'()*+,;=".IndexOf(c) >= 0 || extra.IndexOf(c) >= 0
                || (iri && c > 127 && !char.IsWhiteSpace(c) && !char.IsControl(c));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
