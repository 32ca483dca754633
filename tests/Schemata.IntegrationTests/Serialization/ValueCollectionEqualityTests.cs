using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Examples;
using Shouldly;
using Stytch;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>
/// The runtime's <see cref="ValueList{T}"/> and <see cref="ValueMap{T}"/>, the types of generated list and dictionary
/// properties: equality and hash by content, printing, collection expressions and conversions, and the records whose
/// compiler-made <c>Equals</c>, <c>GetHashCode</c> and <c>with</c> work through them.
/// </summary>
public class ValueCollectionEqualityTests
{
    [Fact]
    public void Lists_with_equal_items_in_order_are_equal_and_hash_alike()
    {
        ValueList<string> a = ["x", "y"];
        ValueList<string> b = new[] { "x", "y" };

        a.ShouldNotBeSameAs(b);
        a.Equals(b).ShouldBeTrue();
        (a == b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        ((object)a).Equals(b).ShouldBeTrue();

        ValueList<string> reversed = ["y", "x"];
        ValueList<string> longer = ["x", "y", "z"];
        a.ShouldNotBe(reversed);
        (a != reversed).ShouldBeTrue();
        a.ShouldNotBe(longer);
        a.Equals(null).ShouldBeFalse();
        ((ValueList<string>?)null == null).ShouldBeTrue();
    }

    [Fact]
    public void Null_items_nested_lists_and_maps_of_lists_compare_by_content()
    {
        ValueList<string?> withNull = ["a", null];
        ValueList<string?> same = ["a", null];
        ValueList<string?> other = ["a", "b"];
        Same(withNull, same);
        Differ(withNull, other);

        ValueList<ValueList<double>> matrix = [[1, 2], [3]];
        ValueList<ValueList<double>> copy = [[1, 2], [3]];
        ValueList<ValueList<double>> changed = [[1, 2], [4]];
        Same(matrix, copy);
        Differ(matrix, changed);

        ValueMap<ValueList<int>> groups = [new("odd", [1, 3]), new("even", [2])];
        ValueMap<ValueList<int>> sameGroups = [new("even", [2]), new("odd", [1, 3])];
        ValueMap<ValueList<int>> otherGroups = [new("even", [2]), new("odd", [1, 5])];
        Same(groups, sameGroups);
        Differ(groups, otherGroups);
    }

    [Fact]
    public void Json_values_and_bytes_inside_lists_and_maps_compare_by_content()
    {
        ValueList<JsonElement> a = [Json("1.0"), Json("""{"b":2,"a":[1]}""")];
        ValueList<JsonElement> b = [Json("1"), Json("""{"a":[1],"b":2}""")];
        ValueList<JsonElement> c = [Json("1"), Json("""{"a":[2],"b":2}""")];
        Same(a, b);
        Differ(a, c);

        ValueList<byte[]> bytes = [new byte[] { 1, 2 }];
        ValueList<byte[]> sameBytes = [new byte[] { 1, 2 }];
        Same(bytes, sameBytes);
        Differ(bytes, (ValueList<byte[]>)[new byte[] { 1, 3 }]);

        ValueMap<JsonElement> bag = [new("x", Json("[1,2]")), new("y", Json("\"s\""))];
        ValueMap<JsonElement> sameBag = [new("y", Json("\"s\"")), new("x", Json("[1, 2]"))];
        Same(bag, sameBag);
        Differ(bag, (ValueMap<JsonElement>)[new("x", Json("[1,2]"))]);
    }

    [Fact]
    public void Maps_compare_keys_ordinally_and_values_by_content_in_any_order()
    {
        var a = ValueMap.Create<int>([new("a", 1), new("b", 2)]);
        ValueMap<int> b = new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 };
        ValueMap<int> upper = [new("A", 1), new("b", 2)];

        Same(a, b);
        Differ(a, upper);
        Differ(a, (ValueMap<int>)[new("a", 1), new("b", 3)]);
        a["b"].ShouldBe(2);
        a.TryGetValue("c", out _).ShouldBeFalse();
        a.Keys.ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Printing_shows_the_items_not_the_type()
    {
        ValueList<string> tags = ["a", "b"];
        ValueMap<ValueList<int>> groups = [new("odd", [1, 3]), new("none", [])];

        tags.ToString().ShouldBe("[\"a\", \"b\"]");
        groups.ToString().ShouldBe("{ odd = [1, 3], none = [] }");
        ValueMap<int>.Empty.ToString().ShouldBe("{ }");
        ValueList.Create<int>([.. Enumerable.Range(0, 12)]).ToString().ShouldBe("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, … (12 items)]");
    }

    [Fact]
    public void Conversions_copy_so_the_list_never_changes()
    {
        var array = new[] { "a", "b" };
        var list = new List<string> { "a", "b" };
        ValueList<string> fromArray = array;
        ValueList<string> fromList = list;
        ValueMap<int> fromDictionary = new Dictionary<string, int> { ["a"] = 1 };

        array[0] = "changed";
        list.Add("c");

        fromArray.ShouldBe(["a", "b"]);
        fromList.ShouldBe(["a", "b"]);
        fromList.Count.ShouldBe(2);
        fromDictionary.Count.ShouldBe(1);
        ((ValueList<string>?)(string[]?)null).ShouldBeNull();
        ValueList<string> empty = [];
        empty.ShouldBeSameAs(ValueList<string>.Empty);
        new ValueList<int>(Enumerable.Range(1, 3)).AsSpan().ToArray().ShouldBe([1, 2, 3]);
        Should.Throw<ArgumentOutOfRangeException>(() => fromArray[2]);
    }

    [Fact]
    public void Records_built_with_arrays_lists_or_collection_expressions_are_equal_and_with_makes_a_different_one()
    {
        var fromExpression = new Settings { Tags = ["a", "b"] };
        var fromArray = new Settings { Tags = new[] { "a", "b" } };
        var fromList = new Settings { Tags = new List<string> { "a", "b" } };
        var read = Settings.FromJson("""{"kind":"settings","tags":["a","b"]}""");

        fromExpression.ShouldBe(fromArray);
        fromExpression.ShouldBe(fromList);
        fromExpression.ShouldBe(read);
        fromExpression.GetHashCode().ShouldBe(read.GetHashCode());
        new HashSet<Settings> { fromExpression, fromArray, fromList, read }.Count.ShouldBe(1);

        var more = read with { Tags = [.. read.Tags!, "c"] };
        more.ShouldNotBe(read);
        more.Tags.ShouldBe(["a", "b", "c"]);
        read.Tags.ShouldBe(["a", "b"]);
        more.ToString().ShouldContain("Tags = [\"a\", \"b\", \"c\"]");
    }

    [Fact]
    public void Undeclared_properties_compare_by_json_content()
    {
        var a = ApiOrganizationV1MemberRole.FromJson("""{"role_id":"r","sources":[],"x":{"b":1,"a":2.0}}""");
        var b = ApiOrganizationV1MemberRole.FromJson("""{"role_id":"r","sources":[],"x":{"a":2,"b":1}}""");
        var c = ApiOrganizationV1MemberRole.FromJson("""{"role_id":"r","sources":[],"x":{"a":3,"b":1}}""");
        var none = ApiOrganizationV1MemberRole.FromJson("""{"role_id":"r","sources":[]}""");

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(c);
        a.ShouldNotBe(none);
        (none with { AdditionalProperties = [new("x", Json("""{"a":2,"b":1}"""))] }).ShouldBe(a);
    }

    [Fact]
    public void Records_holding_no_json_value_or_bytes_use_the_compilers_equality()
    {
        var memberRole = typeof(ApiOrganizationV1MemberRole);
        memberRole.GetProperty("Sources")!.PropertyType.ShouldBe(typeof(ValueList<string>));
        memberRole.GetProperty("AdditionalProperties")!.PropertyType.ShouldBe(typeof(ValueMap<JsonElement>));
        typeof(Order).GetProperty("Matrix")!.PropertyType.ShouldBe(typeof(ValueList<ValueList<double>>));

        // The compiler marks what it synthesizes; Order holds JSON values and bytes, so its Equals is generated.
        SynthesizedByCompiler(memberRole, "Equals", memberRole).ShouldBeTrue();
        SynthesizedByCompiler(memberRole, "GetHashCode").ShouldBeTrue();
        SynthesizedByCompiler(typeof(Order), "Equals", typeof(Order)).ShouldBeFalse();
        SynthesizedByCompiler(typeof(Order), "GetHashCode").ShouldBeFalse();
    }

    private static bool SynthesizedByCompiler(Type type, string name, params Type[] parameters)
        => type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, parameters)!
            .IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute));

    [Fact]
    public void Derived_records_compare_their_base_members_and_their_own_and_are_never_equal_to_the_base()
    {
        const string json = """{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","name":"Grace","employee_number":1,"full_time":true,"reports":[{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","name":"Ada","employee_number":7}],"budget":12.50}""";
        var a = Manager.FromJson(json);
        var b = Manager.FromJson(json);

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        (a with { Name = "Other" }).ShouldNotBe(b);
        (a with { Reports = [] }).ShouldNotBe(b);
        (a with { Budget = 13m }).ShouldNotBe(b);
        ((Employee)a).Equals(new Employee { Id = a.Id, Name = a.Name, EmployeeNumber = a.EmployeeNumber, FullTime = a.FullTime }).ShouldBeFalse();
    }

    // Shouldly compares collections item by item in order with its own equality: these ask the collections themselves.
    private static void Same<T>(T a, T b)
        where T : IEquatable<T>
    {
        a.Equals(b).ShouldBeTrue($"{a} should equal {b}");
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    private static void Differ<T>(T a, T b)
        where T : IEquatable<T>
        => a.Equals(b).ShouldBeFalse($"{a} should differ from {b}");

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
