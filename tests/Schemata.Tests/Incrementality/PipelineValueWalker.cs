using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Schemata.Tests.Incrementality;

/// <summary>
/// Walks a pipeline value's whole object graph (every field, public or not, and every element of every collection)
/// and lists what must never be cached in it: Roslyn objects that pin a compilation and compare by reference.
/// </summary>
internal static class PipelineValueWalker
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel), typeof(AdditionalText),
    };

    /// <summary>The paths (from the value) of every forbidden object found; empty when the value is clean.</summary>
    public static List<string> FindForbidden(object? value, string name)
    {
        var found = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        if (value is not null)
        {
            pending.Push((value, name));
        }

        while (pending.Count > 0)
        {
            var (current, path) = pending.Pop();
            var type = current.GetType();
            if (!type.IsValueType && !seen.Add(current))
            {
                continue;
            }

            if (Array.Exists(Forbidden, f => f.IsAssignableFrom(type)))
            {
                found.Add(path + " (" + type.Name + ")");
                continue;
            }

            if (type.IsPrimitive || type.IsEnum || current is string || current is decimal || (type.IsArray && type.GetElementType()!.IsPrimitive))
            {
                continue;
            }

            // A default ImmutableArray cannot be enumerated; it holds nothing either.
            if (current is IEnumerable sequence && !IsDefaultImmutableArray(current, type))
            {
                var index = 0;
                foreach (var item in sequence)
                {
                    if (item is not null)
                    {
                        pending.Push((item, path + "[" + index + "]"));
                    }

                    index++;
                }
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }

                    if (field.GetValue(current) is { } child)
                    {
                        pending.Push((child, path + "." + field.Name));
                    }
                }
            }
        }

        return found;
    }

    private static bool IsDefaultImmutableArray(object value, Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
            && (bool)type.GetProperty("IsDefault")!.GetValue(value)!;
}
