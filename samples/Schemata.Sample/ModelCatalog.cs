using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Schemata.Sample;

/// <summary>The models (records and enums) Schemata generated into this program, found by the <see cref="SchemaSourceAttribute"/> each carries.</summary>
internal static class ModelCatalog
{
    public static IReadOnlyList<(Type Type, SchemaSourceAttribute Source)> All { get; } = typeof(ModelCatalog).Assembly.GetTypes()
        .Select(t => (Type: t, Source: t.GetCustomAttribute<SchemaSourceAttribute>()!))
        // Not the classes that only validate (schemas without a type of their own, enum companions): they are no models.
        .Where(t => t.Source is not null && (t.Type.IsEnum || t.Type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IJsonModel<>))))
        .OrderBy(t => t.Type.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>A generated type by its C# name or by its schema file's name (case-insensitive).</summary>
    public static Type? Find(string name)
        => All.FirstOrDefault(t => string.Equals(t.Type.Name, name, StringComparison.OrdinalIgnoreCase)).Type
            ?? All.FirstOrDefault(t => t.Source.Pointer.Length == 0 && string.Equals(System.IO.Path.GetFileNameWithoutExtension(t.Source.File), name, StringComparison.OrdinalIgnoreCase)).Type;
}
