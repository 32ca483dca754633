using System;
using System.Linq;
using Examples;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>
/// <c>ToString()</c> shows a record's content and is safe to log: lists and dictionaries by content (bounded), nested
/// records readable, and the values of <c>writeOnly</c>, <c>format: password</c> and <c>x-sensitive</c> properties
/// as <c>***</c> (schemas/examples/settings.json).
/// </summary>
public class ToStringTests
{
    [Fact]
    public void Sensitive_values_are_hidden()
    {
        var settings = new Settings { Password = "hunter2", Pin = "1234", ApiKey = "sk-live-abc" };

        var text = settings.ToString();

        text.ShouldNotContain("hunter2");
        text.ShouldNotContain("1234");
        text.ShouldNotContain("sk-live-abc");
        text.ShouldBe("Settings { Kind = \"settings\", Version = 2, Theme = Light, PageSize = 25, Ratio = 0.5, Notifications = true, Label = \"untitled\", Id = null, Password = ***, Pin = ***, ApiKey = ***, Tags = null }");
    }

    [Fact]
    public void Lists_are_shown_by_content_up_to_ten_items()
    {
        new Settings { Tags = new[] { "a", "b" } }.ToString().ShouldContain("Tags = [\"a\", \"b\"]");

        var many = new Settings { Tags = Enumerable.Range(0, 25).Select(i => "t" + i).ToArray() }.ToString();

        many.ShouldContain("Tags = [\"t0\", \"t1\", \"t2\", \"t3\", \"t4\", \"t5\", \"t6\", \"t7\", \"t8\", \"t9\", … (25 items)]");
        many.ShouldNotContain("t10");
    }

    [Fact]
    public void Nested_records_lists_of_records_and_dictionaries_are_readable()
    {
        var zoo = Zoo.FromJson("""{"star":{"kind":"cat","name":"Tom","lives":9},"pets":[{"kind":"dog","name":"Rex","good":true}],"tag":7,"extra":{"a":[1,2]}}""");

        var text = zoo.ToString();

        text.ShouldNotContain("`1");
        text.ShouldContain("Star = Cat { Value = Cat { Kind = \"cat\", Name = \"Tom\", Lives = 9 } }");
        text.ShouldContain("Pets = [Dog { Value = Dog { Kind = \"dog\", Name = \"Rex\", Good = true } }]");
        text.ShouldContain("Tag = Integer { Value = 7 }");
        text.ShouldContain("AdditionalProperties = { extra = {\"a\":[1,2]} }");
        text.ShouldBe("Zoo { Star = Cat { Value = Cat { Kind = \"cat\", Name = \"Tom\", Lives = 9 } }, Pets = [Dog { Value = Dog { Kind = \"dog\", Name = \"Rex\", Good = true } }], Tag = Integer { Value = 7 }, Keeper = null, Contact = null, Enclosure = null, Weight = null, Opening = null, AdditionalProperties = { extra = {\"a\":[1,2]} } }");
    }

    [Fact]
    public void Dates_and_derived_records_print_invariantly_with_the_base_members_first()
    {
        var employee = Employee.FromJson("""{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","name":"Ada","born":"1815-12-10","employee_number":7}""");
        var badge = new Badge { BadgeId = "b", IssuedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero) };

        employee.ToString().ShouldBe("Employee { Id = 0f8fad5b-d9cb-469f-a165-70867728950e, Name = \"Ada\", Nickname = null, Born = 1815-12-10, EmployeeNumber = 7, Email = null, FullTime = true, Desk = null }");
        badge.ToString().ShouldBe("Badge { BadgeId = \"b\", IssuedAt = 2024-05-06T07:08:09Z }");
    }

    [Fact]
    public void Deep_nesting_is_cut()
    {
        var node = new TreeNode { Name = "leaf" };
        for (var i = 0; i < 50; i++)
        {
            node = new TreeNode { Name = "n" + i, Children = new[] { node } };
        }

        var text = node.ToString();

        text.ShouldStartWith("TreeNode { Name = \"n49\", Children = [TreeNode { Name = \"n48\", Children = [");
        text.ShouldContain("Name = \"n45\", Children = …, Parent = null");
        text.ShouldNotContain("leaf");
    }

    [Fact]
    public void Lists_inside_union_cases_and_tuples_are_shown_by_content()
    {
        var zoo = Zoo.FromJson("""{"star":{"kind":"cat","name":"Tom"},"tag":1,"opening":["2025-06-01","2025-06-02"]}""");

        zoo.Opening!.ToString().ShouldBe("Array { Value = [2025-06-01, 2025-06-02] }");
        Measurement.FromJson("""[1.5,"m","x","y"]""").ToString().ShouldBe("Measurement { Value = 1.5, Unit = \"m\", Rest = [\"x\", \"y\"] }");
    }
}
