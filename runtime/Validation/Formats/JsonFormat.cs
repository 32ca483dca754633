namespace Schemata;

/// <summary>The <c>format</c> values that validation can assert (when the <c>SchemataFormatAssertion</c> option is on).</summary>
public enum JsonFormat
{
    /// <summary><c>date-time</c>: RFC 3339 date-time.</summary>
    DateTime,

    /// <summary><c>date</c>: RFC 3339 full-date.</summary>
    Date,

    /// <summary><c>time</c>: RFC 3339 full-time (with an offset).</summary>
    Time,

    /// <summary><c>duration</c>: RFC 3339 appendix A (ISO 8601) duration.</summary>
    Duration,

    /// <summary><c>email</c>: RFC 5321 mailbox.</summary>
    Email,

    /// <summary><c>idn-email</c>: RFC 6531 mailbox.</summary>
    IdnEmail,

    /// <summary><c>hostname</c>: RFC 1123 host name (labels of letters, digits and hyphens; A-labels checked as IDNA).</summary>
    Hostname,

    /// <summary><c>idn-hostname</c>: RFC 5890 internationalized host name.</summary>
    IdnHostname,

    /// <summary><c>ipv4</c>: dotted-quad address.</summary>
    IPv4,

    /// <summary><c>ipv6</c>: RFC 4291 address.</summary>
    IPv6,

    /// <summary><c>uri</c>: RFC 3986 URI (with a scheme).</summary>
    Uri,

    /// <summary><c>uri-reference</c>: RFC 3986 URI or relative reference.</summary>
    UriReference,

    /// <summary><c>iri</c>: RFC 3987 IRI.</summary>
    Iri,

    /// <summary><c>iri-reference</c>: RFC 3987 IRI or relative reference.</summary>
    IriReference,

    /// <summary><c>uuid</c>: RFC 4122 UUID.</summary>
    Uuid,

    /// <summary><c>regex</c>: an ECMA-262 regular expression.</summary>
    Regex,

    /// <summary><c>json-pointer</c>: RFC 6901 JSON pointer.</summary>
    JsonPointer,

    /// <summary><c>relative-json-pointer</c>: a relative JSON pointer.</summary>
    RelativeJsonPointer,

    /// <summary><c>uri-template</c>: RFC 6570 URI template.</summary>
    UriTemplate,
}
