using System.Globalization;
using System.Linq;
using Schemata.Generator.Model.Validation;

namespace Schemata.Generator.Emit;

internal static partial class ValidatorEmitter
{
    // Array keywords run in one pass over the items: the prefix schemas by position, items (or additionalItems) for
    // the rest, and contains on every item, counting matches.
    private sealed partial class MethodWriter
    {
        private void WriteArray()
        {
            if (_plan.Array is not { } plan)
            {
                return;
            }

            _w.Line($"if (kind == {Kind}.Array)");
            _w.OpenBrace();
            _w.Line("var n = i.GetArrayLength();");
            if (plan.MinItems is { } min)
            {
                _w.Line($"if (n < {min.ToString(CultureInfo.InvariantCulture)})");
                _w.OpenBrace();
                Fail("minItems", "/minItems", $"$\"must have at least {min} item{(min == 1 ? string.Empty : "s")}, not {{n}}\"");
                _w.CloseBrace();
            }

            if (plan.MaxItems is { } max)
            {
                _w.Line($"if (n > {max.ToString(CultureInfo.InvariantCulture)})");
                _w.OpenBrace();
                Fail("maxItems", "/maxItems", $"$\"must have at most {max} item{(max == 1 ? string.Empty : "s")}, not {{n}}\"");
                _w.CloseBrace();
            }

            var contains = plan.Contains;
            var minContains = plan.MinContains ?? 1;
            // minContains: 0 makes contains accept every array, unless maxContains limits it.
            var checksContains = contains is not null && (minContains > 0 || plan.MaxContains is not null || plan.ContainsMarks);
            if (plan.Prefix.Count > 0 || plan.Items is not null || checksContains)
            {
                if (checksContains)
                {
                    _w.Line("var matches = 0;");
                }

                _w.Line("var k = 0;");
                _w.Line("foreach (var item in i.EnumerateArray())");
                _w.OpenBrace();
                WriteItem(plan);
                if (checksContains)
                {
                    WriteContainsItem(plan, contains!);
                }

                _w.Line("k++;");
                _w.CloseBrace();
                if (checksContains)
                {
                    WriteContainsVerdict(plan, minContains);
                }
            }

            if (plan.UniqueItems)
            {
                _w.Line("if (n > 1 && !Schemata::JsonValues.AllUnique(i))");
                _w.OpenBrace();
                Fail("uniqueItems", "/uniqueItems", $"\"the items must be unique, but items \" + Schemata::JsonValues.FirstDuplicate(i).First + \" and \" + Schemata::JsonValues.FirstDuplicate(i).Second + \" are equal\"");
                _w.CloseBrace();
            }

            _w.CloseBrace();
        }

        private void WriteItem(ArrayPlan plan)
        {
            if (plan.Prefix.Count > 0)
            {
                _w.Line($"if (k < {plan.Prefix.Count.ToString(CultureInfo.InvariantCulture)})");
                _w.OpenBrace();
                _w.Line("if (q >= 0) c.Mark(q, k);");
                var checks = plan.Prefix.Any(call => call.Constant != true);
                if (checks)
                {
                    _w.Line("switch (k)");
                    _w.OpenBrace();
                }

                for (var index = 0; index < plan.Prefix.Count; index++)
                {
                    var call = plan.Prefix[index];
                    if (call.Constant == true)
                    {
                        continue;
                    }

                    _w.Line($"case {index.ToString(CultureInfo.InvariantCulture)}:");
                    _w.OpenBrace();
                    WriteItemCall(plan.PrefixKeyword, call);
                    _w.Line("break;");
                    _w.CloseBrace();
                }

                if (checks)
                {
                    _w.CloseBrace();
                }

                _w.CloseBrace();
                if (plan.Items is not null)
                {
                    _w.Line("else");
                }
            }

            if (plan.Items is { } items)
            {
                _w.OpenBrace();
                _w.Line("if (q >= 0) c.Mark(q, k);");
                WriteItemCall(plan.ItemsKeyword, items);
                _w.CloseBrace();
            }
        }

        private void WriteItemCall(string keyword, SubschemaCall call)
        {
            if (call.Constant == false)
            {
                FailAt(ItemValue, keyword, call.Path, $"\"the item \" + k + \" is not allowed ({keyword} is false there)\"");
            }
            else
            {
                Apply(call, ItemValue);
            }
        }

        private void WriteContainsItem(ArrayPlan plan, SubschemaCall contains)
        {
            // Items that do not match are no error of their own: contains only counts matches, checked quietly.
            _w.OpenBrace();
            var top = Next("top");
            _w.Line($"var {top} = c.BitsTop;");
            var verdict = Verdict(contains, ItemValue, quiet: true);
            var result = Next("r");
            _w.Line($"var {result} = {verdict};");
            _w.Line($"c.BitsTop = {top};");
            _w.Line($"if ({result})");
            _w.OpenBrace();
            _w.Line("matches++;");
            if (plan.ContainsMarks)
            {
                _w.Line("if (q >= 0) c.Mark(q, k);");
            }

            _w.CloseBrace();
            _w.CloseBrace();
        }

        private void WriteContainsVerdict(ArrayPlan plan, long minContains)
        {
            if (minContains > 0)
            {
                _w.Line($"if (matches < {minContains.ToString(CultureInfo.InvariantCulture)})");
                _w.OpenBrace();
                var keyword = plan.MinContains is null ? "contains" : "minContains";
                Fail(keyword, "/" + keyword, $"$\"must contain at least {minContains} item{(minContains == 1 ? string.Empty : "s")} matching the schema of contains, not {{matches}}\"");
                _w.CloseBrace();
            }

            if (plan.MaxContains is { } max)
            {
                _w.Line($"if (matches > {max.ToString(CultureInfo.InvariantCulture)})");
                _w.OpenBrace();
                Fail("maxContains", "/maxContains", $"$\"must contain at most {max} item{(max == 1 ? string.Empty : "s")} matching the schema of contains, not {{matches}}\"");
                _w.CloseBrace();
            }
        }
    }
}
