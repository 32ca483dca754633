using System;
using System.Collections.Generic;
using System.Text;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Reading;

namespace Schemata.Generator.Validation;

/// <summary>
/// Where a schema's validation method lives and what it is called. Both the graph (for references between files)
/// and the plan builder (for the methods themselves) use these rules, so that they always agree: a schema's method
/// belongs to the nearest enclosing validation class of its file and is named after the pointer from that class's schema.
/// </summary>
internal static class ValidationNames
{
    /// <summary>The prefix of every generated validation member; no schema-derived member name starts with it.</summary>
    public const string Prefix = "__";

    /// <summary>The validation class that owns <paramref name="pointer"/>: the one with the longest pointer that is a prefix of it.</summary>
    public static ValidatorClass? OwnerOf(IReadOnlyList<ValidatorClass> documentSites, string pointer)
    {
        ValidatorClass? best = null;
        foreach (var site in documentSites)
        {
            var p = site.Location.Pointer;
            if ((p.Length == 0 || pointer == p || pointer.StartsWith(p + "/", StringComparison.Ordinal))
                && (best is null || p.Length > best.Location.Pointer.Length))
            {
                best = site;
            }
        }

        return best;
    }

    /// <summary>
    /// The method for the schema at <paramref name="pointer"/>, owned by <paramref name="owner"/>. A class's own schema
    /// (a record's, an enum companion's, a schema class's) is checked by its explicit <c>ISchemaValidated.Evaluate</c>,
    /// which others reach through the runtime's <c>SchemaOf&lt;T&gt;.Evaluate</c> (see <see cref="IsOwnCheck"/>).
    /// </summary>
    public static MethodRef MethodFor(ValidatorClass owner, string pointer)
        => pointer == owner.Location.Pointer
            ? new(owner.FullName, OwnCheck + owner.FullName + ">.Evaluate")
            : new(owner.FullName, Method(pointer.Substring(owner.Location.Pointer.Length)));

    /// <summary>Whether <paramref name="method"/> is a class's own check: a whole expression, not a member name.</summary>
    public static bool IsOwnCheck(string method) => method.StartsWith(OwnCheck, StringComparison.Ordinal);

    /// <summary>How generated code names a class's own check (through the file's alias of the runtime namespace).</summary>
    private const string OwnCheck = "Schemata::SchemaOf<";

    /// <summary>"__V" for the class's own schema; "__V_properties_name" below it, with a hash when the readable form is ambiguous.</summary>
    public static string Method(string relativePointer)
    {
        if (relativePointer.Length == 0)
        {
            return Prefix + "V";
        }

        var builder = new StringBuilder(Prefix + "V");
        var lossy = false;
        foreach (var token in JsonPointer.Parse(relativePointer) ?? new List<string> { relativePointer })
        {
            builder.Append('_');
            foreach (var c in token)
            {
                if (c < 128 && (char.IsLetterOrDigit(c)))
                {
                    builder.Append(c);
                }
                else
                {
                    lossy = true;
                    builder.Append('_');
                }
            }

            lossy |= token.Length == 0;
        }

        if (lossy || builder.Length > 120)
        {
            var readable = builder.Length > 80 ? builder.ToString(0, 80) : builder.ToString();
            return readable + "_" + Fnv(relativePointer).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }

        return builder.ToString();
    }

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
