using System;
using System.Collections.Generic;

namespace Schemata.Generator.Validation;

/// <summary>The formats validation can assert (when <c>SchemataFormatAssertion</c> is on), by name, with their <c>Schemata.JsonFormat</c> member.</summary>
internal static class KnownFormats
{
    private static readonly Dictionary<string, string> Members = new(StringComparer.Ordinal)
    {
        ["date-time"] = "DateTime",
        ["date"] = "Date",
        ["time"] = "Time",
        ["duration"] = "Duration",
        ["email"] = "Email",
        ["idn-email"] = "IdnEmail",
        ["hostname"] = "Hostname",
        ["idn-hostname"] = "IdnHostname",
        ["ipv4"] = "IPv4",
        ["ipv6"] = "IPv6",
        ["uri"] = "Uri",
        ["uri-reference"] = "UriReference",
        ["iri"] = "Iri",
        ["iri-reference"] = "IriReference",
        ["uuid"] = "Uuid",
        ["regex"] = "Regex",
        ["json-pointer"] = "JsonPointer",
        ["relative-json-pointer"] = "RelativeJsonPointer",
        ["uri-template"] = "UriTemplate",
    };

    /// <summary>The <c>Schemata.JsonFormat</c> member of a format, or null for formats validation does not know (they stay annotations).</summary>
    public static string? MemberOf(string format) => Members.TryGetValue(format, out var member) ? member : null;
}
