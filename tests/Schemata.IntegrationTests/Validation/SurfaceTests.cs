using System;
using System.Linq;
using System.Reflection;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Validation;

/// <summary>
/// What a generated type shows inside its project (issue 21): the validation of a record, an enum's companion class or
/// a schema class is an explicit implementation of <c>ISchemaValidated&lt;T&gt;.Evaluate</c> (and of <c>Subschema</c> for
/// the <c>$ref</c> targets below its own schema), whose methods and fields live in a <c>file</c> class of the generated
/// file: IntelliSense shows none of it on <c>T.</c>, nor inside a user's own partial declaration of <c>T</c>.
/// </summary>
public class SurfaceTests
{
    [Fact]
    public void A_generated_type_shows_no_validation_plumbing_outside_itself()
    {
        var records = typeof(SurfaceTests).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISchemaValidated<>) && i.GetGenericArguments()[0] == t))
            .ToList();
        records.Count.ShouldBeGreaterThan(100);
        records.ShouldContain(t => !t.IsValueType && t.IsSealed && !t.GetInterfaces().Any(i => i.Name.StartsWith("IJsonModel", StringComparison.Ordinal)), "schema classes and enum companions are among them");

        // Every generated type (records, enums, converters, unions, schema classes, resolvers), not only the validated ones.
        var generated = typeof(SurfaceTests).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>()?.Tool == "Schemata")
            .ToList();
        generated.Count.ShouldBeGreaterThan(records.Count);
        var plumbing = generated.Union(records)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("__", StringComparison.Ordinal))
                .Select(m => $"{t.FullName}.{m.Name}"))
            .ToList();
        plumbing.ShouldBeEmpty();

        // The checks are in file-local classes, which code outside the generated file cannot name.
        var fileLocal = typeof(SurfaceTests).Assembly.GetTypes().Where(t => t.Name.StartsWith("<", StringComparison.Ordinal) && !t.IsPublic).ToList();
        // The compiler names a file-local class "<File>F{checksum}__" and its name: here "_" and the type's.
        records.Where(r => !fileLocal.Any(t => t.Namespace == r.Namespace && t.Name.EndsWith("___" + r.Name, StringComparison.Ordinal)))
            .Select(r => r.FullName).ShouldBeEmpty("every validated type has its checks in a file-local class");
        foreach (var record in records)
        {
            var evaluate = typeof(ISchemaValidated<>).MakeGenericType(record).GetMethod("Evaluate")!;
            record.GetInterfaceMap(typeof(ISchemaValidated<>).MakeGenericType(record)).TargetMethods
                .ShouldContain(m => m.IsPrivate && m.Name.EndsWith(".Evaluate", StringComparison.Ordinal), $"{record} implements {evaluate} explicitly");
        }
    }
}
