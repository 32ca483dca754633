using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model;

/// <summary>One generated type, as the namespace's resolver lists it.</summary>
internal sealed record ResolverEntry(string Name, TypeKind Kind);

/// <summary>The types generated into one namespace, for its <c>SchemataJsonResolver</c>.</summary>
/// <param name="HintName">Its file name, unique ignoring case (see <see cref="FileName"/>).</param>
internal sealed record ResolverModel(string Namespace, string HintName, string Accessibility, EquatableArray<ResolverEntry> Types)
{
    /// <summary>
    /// The file name of the resolver of <paramref name="ns"/>, the <paramref name="index"/>th of the namespaces that differ
    /// only in case (Roslyn compares file names ignoring case). A number after a dot cannot be the file name of a type.
    /// </summary>
    public static string FileName(string ns, int index)
        => ns + ".SchemataJsonResolver" + (index == 0 ? string.Empty : "." + index.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".g.cs";
}
