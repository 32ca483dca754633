using System;
using System.Linq;
using System.Reflection;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Validation;

/// <summary>
/// What a generated type shows inside its project (issue 21): the validation of a record, an enum's companion class or
/// a schema class is an explicit implementation of <c>ISchemaValidated&lt;T&gt;.Evaluate</c> and private methods and
/// fields, so that IntelliSense on <c>T.</c> shows none of it. The only exception is a subschema that another class
/// calls (a <c>$ref</c> target below a class's own schema): it stays internal, and is named <c>__V_</c> and its pointer.
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

        var visible = records
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("__", StringComparison.Ordinal) && IsVisible(m))
                .Select(m => $"{t.FullName}.{m.Name}"))
            .ToList();

        visible.Where(m => !m.Contains(".__V_", StringComparison.Ordinal)).ShouldBeEmpty();
        // The subschemas other classes call are few: reference targets, not every property.
        visible.Count.ShouldBeLessThan(records.Count / 20);
        foreach (var record in records)
        {
            var evaluate = typeof(ISchemaValidated<>).MakeGenericType(record).GetMethod("Evaluate")!;
            record.GetInterfaceMap(typeof(ISchemaValidated<>).MakeGenericType(record)).TargetMethods
                .ShouldContain(m => m.IsPrivate && m.Name.EndsWith(".Evaluate", StringComparison.Ordinal), $"{record} implements {evaluate} explicitly");
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsAssembly || method.IsFamilyOrAssembly || method.IsFamily,
        FieldInfo field => field.IsPublic || field.IsAssembly || field.IsFamilyOrAssembly || field.IsFamily,
        PropertyInfo property => property.GetMethod is { } get && IsVisible(get),
        Type nested => nested.IsNestedPublic || nested.IsNestedAssembly,
        _ => false,
    };
}
