using System;
using System.Collections.Generic;
using System.Linq;

namespace Schemata.Generator.Naming;

/// <summary>
/// The name scopes of the namespaces types are generated into. Namespaces that differ only in case share a scope: their
/// files would otherwise share names (see <see cref="NameScope"/>). Types claim their names first, validation classes
/// after them, so that adding validation never renames a type.
/// </summary>
internal sealed class NamespaceScopes
{
    /// <summary>
    /// Names that generated helper types use in every namespace, and the names of members every generated type has: a
    /// type named like one of its own members does not compile (CS0542), so a schema titled "Equals" gets "Equals2".
    /// </summary>
    public static readonly string[] ReservedTypeNames = new[] { "SchemataJsonResolver", "SchemataEnums" }.Concat(ReservedNames.Record).ToArray();

    private readonly Dictionary<string, NameScope> _scopes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The scopes of <paramref name="namespaces"/>. A type may not be named like a namespace declared in the same
    /// namespace (CS0101): Consumer.Url, the namespace of some files, keeps a type of another file in Consumer from being
    /// named Url.
    /// </summary>
    public NamespaceScopes(IEnumerable<string> namespaces)
    {
        foreach (var ns in namespaces)
        {
            for (var dot = ns.IndexOf('.'); dot > 0; dot = ns.IndexOf('.', dot + 1))
            {
                var next = ns.IndexOf('.', dot + 1);
                Of(ns.Substring(0, dot)).Reserve(next < 0 ? ns.Substring(dot + 1) : ns.Substring(dot + 1, next - dot - 1));
            }
        }
    }

    /// <summary>The scope of a namespace.</summary>
    public NameScope Of(string ns)
    {
        if (!_scopes.TryGetValue(ns, out var scope))
        {
            scope = new NameScope(ReservedTypeNames);
            _scopes.Add(ns, scope);
        }

        return scope;
    }
}
