using System.Collections.Generic;
using System.Text.Json.Nodes;
using Examples;
using Schemata.IntegrationTests.Infrastructure;
using Shouldly;
using Stytch;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>Generated records compare by content: lists, dictionaries, JSON values and nested records included.</summary>
public class ValueEqualityTests
{
    [Fact]
    public void Two_reads_of_the_same_json_are_equal_and_hash_alike()
    {
        var json = Payload.Text("authenticate-response.json");

        var a = ApiB2bOauthV1AuthenticateResponse.FromJson(json);
        var b = ApiB2bOauthV1AuthenticateResponse.FromJson(json);

        a.ShouldNotBeSameAs(b);
        a.ShouldBe(b);
        (a == b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Fact]
    public void Lists_dictionaries_and_json_values_compare_by_content()
    {
        var json = Payload.Text("order.json");
        var a = Order.FromJson(json);

        var b = Order.FromJson(json);
        a.Matrix.ShouldNotBeSameAs(b.Matrix);
        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        new HashSet<Order> { a, b }.Count.ShouldBe(1);
    }

    [Fact]
    public void Object_property_order_does_not_matter_for_dictionaries_and_json_values()
    {
        var tree = Payload.Tree("order.json");
        var reordered = Payload.Tree("order.json");
        reordered["metadata"] = JsonNode.Parse("""{ "experiment": { "arm": "b", "id": 12 }, "source": "web" }""");

        Order.FromJson(reordered.ToJsonString()).ShouldBe(Order.FromJson(tree.ToJsonString()));
    }

    [Theory]
    [InlineData("/line_items/1/quantity", "3")]
    [InlineData("/matrix/0/1", "2.75")]
    [InlineData("/tags/1", "\"sturdy\"")]
    [InlineData("/metadata/experiment/arm", "\"c\"")]
    [InlineData("/anything/2/three", "4")]
    [InlineData("/labels/region", "\"apac\"")]
    [InlineData("/x-trace/span", "\"other\"")]
    [InlineData("/signature", "\"U2NoZW1hdGEh\"")]
    public void A_difference_anywhere_makes_them_unequal(string pointer, string value)
    {
        var changed = Payload.Tree("order.json");
        JsonNode node = changed;
        var tokens = pointer.Trim('/').Split('/');
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            node = node is JsonArray array ? array[int.Parse(tokens[i])]! : node[tokens[i]]!;
        }

        var last = tokens[^1];
        if (node is JsonArray list)
        {
            list[int.Parse(last)] = JsonNode.Parse(value);
        }
        else
        {
            node[last] = JsonNode.Parse(value);
        }

        Order.FromJson(changed.ToJsonString()).ShouldNotBe(Order.FromJson(Payload.Text("order.json")));
    }

    [Fact]
    public void Records_built_in_code_equal_records_read_from_json()
    {
        var read = ApiOrganizationV1MemberRole.FromJson("""{"role_id": "stytch_admin", "sources": ["direct_assignment"]}""");
        var built = new ApiOrganizationV1MemberRole { RoleId = "stytch_admin", Sources = new[] { "direct_assignment" } };

        built.ShouldBe(read);
        built.GetHashCode().ShouldBe(read.GetHashCode());
    }
}
