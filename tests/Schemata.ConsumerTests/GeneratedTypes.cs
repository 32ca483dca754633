using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Schemata.ConsumerTests;

/// <summary>The types the generator added to this assembly: each carries the schema it came from.</summary>
internal static class GeneratedTypes
{
    public static IReadOnlyList<Type> All { get; } = typeof(GeneratedTypes).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<SchemaSourceAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<string> Names => All.Select(t => t.Name);

    public static SchemaSourceAttribute SourceOf(Type type) => type.GetCustomAttribute<SchemaSourceAttribute>()!;
}
