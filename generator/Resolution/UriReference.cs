using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Schemata.Generator.Resolution;

/// <summary>
/// URI-reference resolution as RFC 3986 section 5 defines it, on strings. System.Uri is not used because it
/// rewrites URIs (and cannot resolve against a "urn:" or "tag:" base), while schema ids must compare exactly.
/// </summary>
internal static class UriReference
{
    // RFC 3986 appendix B.
    private static readonly Regex Parts = new(@"^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    public static bool IsAbsolute(string uri)
    {
        var m = Parts.Match(uri);
        return m.Success && m.Groups[2].Success && m.Groups[2].Value.Length > 0;
    }

    /// <summary>Resolves <paramref name="reference"/> against the absolute URI <paramref name="baseUri"/>.</summary>
    public static string Resolve(string baseUri, string reference)
    {
        if (reference.Length > 0 && reference[0] == '#')
        {
            // A fragment-only reference (the most common kind by far) keeps everything of the base but its fragment.
            return SplitFragment(baseUri).Resource + reference;
        }

        var r = Parts.Match(reference);
        var b = Parts.Match(baseUri);
        if (!r.Success || !b.Success)
        {
            return reference;
        }

        string? scheme, authority, path, query;
        var fragment = r.Groups[8].Success ? r.Groups[9].Value : null;
        if (r.Groups[2].Success && r.Groups[2].Value.Length > 0)
        {
            scheme = r.Groups[2].Value;
            authority = r.Groups[3].Success ? r.Groups[4].Value : null;
            path = RemoveDotSegments(r.Groups[5].Value);
            query = r.Groups[6].Success ? r.Groups[7].Value : null;
        }
        else
        {
            scheme = b.Groups[2].Value;
            if (r.Groups[3].Success)
            {
                authority = r.Groups[4].Value;
                path = RemoveDotSegments(r.Groups[5].Value);
                query = r.Groups[6].Success ? r.Groups[7].Value : null;
            }
            else
            {
                authority = b.Groups[3].Success ? b.Groups[4].Value : null;
                var refPath = r.Groups[5].Value;
                if (refPath.Length == 0)
                {
                    path = b.Groups[5].Value;
                    query = r.Groups[6].Success ? r.Groups[7].Value : (b.Groups[6].Success ? b.Groups[7].Value : null);
                }
                else
                {
                    path = refPath.StartsWith("/", StringComparison.Ordinal)
                        ? RemoveDotSegments(refPath)
                        : RemoveDotSegments(Merge(authority, b.Groups[5].Value, refPath));
                    query = r.Groups[6].Success ? r.Groups[7].Value : null;
                }
            }
        }

        var result = scheme + ":";
        if (authority is not null)
        {
            result += "//" + authority;
        }

        result += path;
        if (query is not null)
        {
            result += "?" + query;
        }

        if (fragment is not null)
        {
            result += "#" + fragment;
        }

        return result;
    }

    /// <summary>Splits "a#b" into ("a", "b"); the fragment is null when there is no '#'.</summary>
    public static (string Resource, string? Fragment) SplitFragment(string uri)
    {
        var hash = uri.IndexOf('#');
        return hash < 0 ? (uri, null) : (uri.Substring(0, hash), uri.Substring(hash + 1));
    }

    private static string Merge(string? baseAuthority, string basePath, string refPath)
    {
        if (baseAuthority is not null && basePath.Length == 0)
        {
            return "/" + refPath;
        }

        var slash = basePath.LastIndexOf('/');
        return slash < 0 ? refPath : basePath.Substring(0, slash + 1) + refPath;
    }

    private static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.') < 0)
        {
            return path;
        }

        var input = path;
        var output = new List<string>();
        var absolute = input.StartsWith("/", StringComparison.Ordinal);
        var segments = input.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == ".")
            {
                if (i == segments.Length - 1)
                {
                    output.Add(string.Empty);
                }

                continue;
            }

            if (segment == "..")
            {
                if (output.Count > (absolute ? 1 : 0))
                {
                    output.RemoveAt(output.Count - 1);
                }

                if (i == segments.Length - 1)
                {
                    output.Add(string.Empty);
                }

                continue;
            }

            output.Add(segment);
        }

        var result = string.Join("/", output);
        if (absolute && !result.StartsWith("/", StringComparison.Ordinal))
        {
            result = "/" + result;
        }

        return result;
    }
}
