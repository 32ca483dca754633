using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>A generated type as its namespace's resolver sees it.</summary>
internal sealed record ResolverItem(string Namespace, bool Internal, ResolverEntry Entry)
{
    public static ResolverItem Of(TypeModel type) => new(type.Namespace, type.Accessibility == GeneratorOptions.InternalKeyword, new ResolverEntry(type.Name, type.Kind));
}

/// <summary>Gathers the generated types into one resolver per namespace.</summary>
internal static class ResolverGrouping
{
    /// <summary>One resolver per namespace, in ordinal order of the namespaces, its types in ordinal order of their names.</summary>
    public static ImmutableArray<ResolverModel> Group(ImmutableArray<ResolverItem> items)
    {
        var result = ImmutableArray.CreateBuilder<ResolverModel>();
        var sameIgnoringCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in items.GroupBy(i => i.Namespace, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Internal when any type of the namespace is internal: a public resolver cannot expose internal types.
            var accessibility = group.Any(i => i.Internal) ? GeneratorOptions.InternalKeyword : GeneratorOptions.PublicKeyword;
            var entries = group.Select(i => i.Entry).OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray();
            var index = sameIgnoringCase.TryGetValue(group.Key, out var n) ? n : 0;
            sameIgnoringCase[group.Key] = index + 1;
            result.Add(new ResolverModel(group.Key, ResolverModel.FileName(group.Key, index), accessibility, entries));
        }

        return result.ToImmutable();
    }
}
