using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using Examples;
using Shouldly;
using Xunit;
using Path = Examples.Path;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>
/// Recursive schemas (schemas/examples/tree.json and forest.json): a record that refers to itself, two files that
/// refer to each other, a recursive union; and payloads as deep as the reader allows, read, written, compared and
/// validated without overflowing the stack.
/// </summary>
public class RecursionTests
{
    /// <summary>The default <c>MaxDepth</c> of <c>FromJson</c> (README: Limits).</summary>
    private const int MaxDepth = 64;

    [Fact]
    public void A_record_that_refers_to_itself_round_trips()
    {
        const string json = """{"name":"root","children":[{"name":"a","children":[{"name":"a1"}]},{"name":"b","parent":{"name":"root"}}]}""";

        var tree = TreeNode.FromJson(json);

        tree.Children![0].Children![0].Name.ShouldBe("a1");
        tree.Children[1].Parent!.Name.ShouldBe("root");
        tree.ToJson().ShouldBe(json);
        tree.ShouldBe(TreeNode.FromJson(json));
        tree.GetHashCode().ShouldBe(TreeNode.FromJson(json).GetHashCode());
        tree.ShouldNotBe(TreeNode.FromJson(json.Replace("a1", "a2", StringComparison.Ordinal)));
    }

    [Fact]
    public void Two_files_that_refer_to_each_other_round_trip()
    {
        const string json = """{"name":"oak","grove":{"trees":[{"name":"elm","grove":{"oldest":{"name":"yew"}}}]}}""";

        var tree = TreeNode.FromJson(json);

        tree.Grove!.Trees![0].Grove!.Oldest!.Name.ShouldBe("yew");
        tree.ToJson().ShouldBe(json);
        Forest.FromJson("""{"oldest":{"name":"x","grove":{}}}""").Oldest!.Grove.ShouldBe(new Forest());
    }

    [Fact]
    public void A_recursive_union_reads_each_level_as_its_case()
    {
        const string json = """{"add":[1,{"neg":{"add":[2,3]}},4.5]}""";

        var expression = Expression.FromJson(json);

        Evaluate(expression).ShouldBe(0.5);
        expression.ToJson().ShouldBe(json);
        expression.ShouldBe(Expression.FromJson(json));
        // The case is picked by validation, which judges the whole value: a bad leaf makes it fit no case, and the
        // value is kept whole in the unknown case.
        Expression.FromJson("""{"add":[1,{"neg":"x"}]}""").ShouldBeOfType<Expression.Unknown>().Value.GetRawText().ShouldBe("""{"add":[1,{"neg":"x"}]}""");
    }

    [Fact]
    public void A_recursive_tuple_reads_a_linked_list()
    {
        const string json = """{"name":"walk","path":["door",["hall",["stairs",null]]]}""";

        var path = TreeNode.FromJson(json).Path!;

        path.Next!.Next!.Step.ShouldBe("stairs");
        path.Next.Next.Next.ShouldBeNull();
        path.ShouldBe(new Path("door", new Path("hall", new Path("stairs", null))));
        TreeNode.FromJson(json).ToJson().ShouldBe(json);
        Should.Throw<JsonException>(() => TreeNode.FromJson("""{"name":"w","path":["door",["hall"]]}""")).Path.ShouldBe("$.path[1]");
    }

    [Fact]
    public void A_payload_as_deep_as_MaxDepth_is_read_written_compared_and_validated()
    {
        var json = Parents(MaxDepth - 1);

        var tree = TreeNode.FromJson(json);
        var again = TreeNode.FromJson(json);

        tree.ToJson().ShouldBe(json);
        tree.ShouldBe(again);
        tree.GetHashCode().ShouldBe(again.GetHashCode());
        tree.Validate().IsValid.ShouldBeTrue();
        TreeNode.Validate(json).IsValid.ShouldBeTrue();
        var expression = Expression.FromJson(Negations(MaxDepth - 1));
        expression.ShouldBe(Expression.FromJson(Negations(MaxDepth - 1)));
        Evaluate(expression).ShouldBe(-1);
    }

    [Fact]
    public void One_level_deeper_than_MaxDepth_is_an_error_with_its_path()
    {
        var error = Should.Throw<JsonException>(() => TreeNode.FromJson(Parents(MaxDepth)));

        // The 65th object is the value of the 64th object's "parent".
        error.Path.ShouldBe("$" + string.Concat(Enumerable.Repeat(".parent", MaxDepth)));
        error.Message.ShouldContain("maximum configured depth of 64");
    }

    [Fact]
    public void A_raised_MaxDepth_never_overflows_the_stack_reading_or_reporting_an_error()
    {
        // A 1 MB stack (a thread pool thread's is about as big) and a JsonSerializer MaxDepth far beyond what it holds:
        // the reader stops with a JsonException when the stack runs low, instead of crashing the process. Before,
        // each level also caught and threw the error again, which overflowed on the way out of a deep error.
        const int depth = 100_000;
        var options = new JsonSerializerOptions { MaxDepth = depth + 10 };
        var deep = Parents(depth);
        var wrongDeep = Parents(1_500).Replace("\"name\":\"root\"", "\"name\":5", StringComparison.Ordinal);
        Exception? tooDeep = null, wrong = null;
        var thread = new Thread(
            () =>
            {
                tooDeep = Record(() => JsonSerializer.Deserialize<TreeNode>(deep, options));
                wrong = Record(() => JsonSerializer.Deserialize<TreeNode>(wrongDeep, options));
            },
            1024 * 1024);
        thread.Start();
        thread.Join();

        tooDeep.ShouldBeOfType<JsonException>().Message.ShouldContain("nested too deeply to read on this thread's stack");
        var error = wrong.ShouldBeOfType<JsonException>();
        error.Path.ShouldBe("$" + string.Concat(Enumerable.Repeat(".parent", 1_500)) + ".name");
    }

    [Fact]
    public void A_value_read_with_a_raised_MaxDepth_validates_itself()
    {
        // Validate() checks the JSON the value writes; it used to parse it with the default depth of 64 and throw.
        var json = Parents(MaxDepth * 3);
        var tree = JsonSerializer.Deserialize<TreeNode>(json, new JsonSerializerOptions { MaxDepth = MaxDepth * 4 })!;

        tree.Validate().IsValid.ShouldBeTrue();
        tree.Validate().ShouldBeSameAs(SchemaValidationResult.Valid);
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>A node with <paramref name="depth"/> parents above it: <paramref name="depth"/> + 1 nested objects.</summary>
    private static string Parents(int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append("{\"name\":\"n\",\"parent\":");
        }

        builder.Append("{\"name\":\"root\"}");
        builder.Append('}', depth);
        return builder.ToString();
    }

    /// <summary>1 negated <paramref name="depth"/> times: <paramref name="depth"/> nested objects around a number.</summary>
    private static string Negations(int depth)
        => string.Concat(Enumerable.Repeat("{\"neg\":", depth)) + "1" + new string('}', depth);

    private static double Evaluate(Expression expression)
        => expression.Match(number => number, sum => sum.Add.Sum(Evaluate), negation => -Evaluate(negation.Neg));
}
