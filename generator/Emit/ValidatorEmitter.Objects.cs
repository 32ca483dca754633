using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Emit;

internal static partial class ValidatorEmitter
{
    // Object keywords run in one pass over the instance's properties: each property is matched against the
    // declared names (UTF-8 comparisons, no string is made), then patternProperties, then additionalProperties;
    // required names are ticked off in a bit mask on the way.
    private sealed partial class MethodWriter
    {
        private void WriteObject()
        {
            if (_plan.Object is not { } plan)
            {
                return;
            }

            _w.Line($"if (kind == {Kind}.Object)");
            _w.OpenBrace();
            var words = (plan.RequiredCount + 63) / 64;
            for (var w = 0; w < words; w++)
            {
                _w.Line($"ulong found{w} = 0;");
            }

            var counted = plan.IteratesProperties || words > 0;
            if (counted)
            {
                _w.Line("var k = 0;");
                _w.Line("foreach (var property in i.EnumerateObject())");
                _w.OpenBrace();
                WriteProperty(plan);
                _w.Line("k++;");
                _w.CloseBrace();
            }

            if (words > 0)
            {
                WriteRequired(plan, words);
            }

            if (plan.MinProperties is not null || plan.MaxProperties is not null)
            {
                var count = counted ? "k" : $"{Context}.PropertyCount(i)";
                if (plan.MinProperties is { } min)
                {
                    _w.Line($"if ({count} < {min.ToString(CultureInfo.InvariantCulture)})");
                    _w.OpenBrace();
                    Fail("minProperties", "/minProperties", $"$\"must have at least {min} propert{(min == 1 ? "y" : "ies")}, not {{({count})}}\"");
                    _w.CloseBrace();
                }

                if (plan.MaxProperties is { } max)
                {
                    _w.Line($"if ({count} > {max.ToString(CultureInfo.InvariantCulture)})");
                    _w.OpenBrace();
                    Fail("maxProperties", "/maxProperties", $"$\"must have at most {max} propert{(max == 1 ? "y" : "ies")}, not {{({count})}}\"");
                    _w.CloseBrace();
                }
            }

            foreach (var dependent in plan.DependentRequired)
            {
                _w.Line($"if (i.TryGetProperty({Utf8(dependent.Property)}, out _))");
                _w.OpenBrace();
                foreach (var name in dependent.Required)
                {
                    _w.Line($"if (!i.TryGetProperty({Utf8(name)}, out _))");
                    _w.OpenBrace();
                    var path = "/" + dependent.Keyword + "/" + JsonPointer.Escape(dependent.Property);
                    Fail(dependent.Keyword, path, Lit($"the property \"{dependent.Property}\" requires the property \"{name}\", which is missing"));
                    _w.CloseBrace();
                }

                _w.CloseBrace();
            }

            foreach (var dependent in plan.DependentSchemas)
            {
                _w.Line($"if (i.TryGetProperty({Utf8(dependent.Property)}, out _))");
                _w.OpenBrace();
                if (dependent.Schema.Constant == false)
                {
                    Fail(dependent.Keyword, dependent.Schema.Path, Lit($"the property \"{dependent.Property}\" is not allowed"));
                }
                else
                {
                    Apply(dependent.Schema, "i", null, "p", "q");
                }

                _w.CloseBrace();
            }

            _w.CloseBrace();
        }

        private void WriteProperty(ObjectPlan plan)
        {
            var tracksMatch = plan.AdditionalProperties is not null;
            if (tracksMatch)
            {
                _w.Line("var matched = false;");
            }

            var first = true;
            foreach (var property in plan.Properties)
            {
                _w.Line($"{(first ? "if" : "else if")} (property.NameEquals({Utf8(property.Name)}))");
                first = false;
                _w.OpenBrace();
                if (property.Schema is not null && tracksMatch)
                {
                    _w.Line("matched = true;");
                }

                if (property.RequiredSlot >= 0)
                {
                    _w.Line($"found{property.RequiredSlot / 64} |= 1UL << {(property.RequiredSlot % 64).ToString(CultureInfo.InvariantCulture)};");
                }

                if (property.Schema is { } schema)
                {
                    _w.Line("if (p >= 0) c.Mark(p, k);");
                    if (schema.Constant == false)
                    {
                        _w.Line("c.EnterProperty(property);");
                        Fail("properties", schema.Path, Lit($"the property \"{property.Name}\" is not allowed"));
                        _w.Line("c.LeaveInstance();");
                    }
                    else
                    {
                        Apply(schema, "property.Value", "c.EnterProperty(property);", "-1", "-1");
                    }
                }

                _w.CloseBrace();
            }

            foreach (var pattern in plan.PatternProperties)
            {
                _w.Line($"if (c.NameMatches(property, __R{pattern.Regex.ToString(CultureInfo.InvariantCulture)}))");
                _w.OpenBrace();
                if (tracksMatch)
                {
                    _w.Line("matched = true;");
                }

                _w.Line("if (p >= 0) c.Mark(p, k);");
                if (pattern.Schema.Constant == false)
                {
                    _w.Line("c.EnterProperty(property);");
                    Fail("patternProperties", pattern.Schema.Path, $"\"the property \\\"\" + property.Name + \"\\\" is not allowed (it matches the pattern \" + {Lit(pattern.Pattern)} + \")\"");
                    _w.Line("c.LeaveInstance();");
                }
                else
                {
                    Apply(pattern.Schema, "property.Value", "c.EnterProperty(property);", "-1", "-1");
                }

                _w.CloseBrace();
            }

            if (plan.AdditionalProperties is { } additional)
            {
                _w.Line("if (!matched)");
                _w.OpenBrace();
                _w.Line("if (p >= 0) c.Mark(p, k);");
                if (additional.Constant == false)
                {
                    _w.Line("c.EnterProperty(property);");
                    Fail("additionalProperties", additional.Path, "\"the property \\\"\" + property.Name + \"\\\" is not allowed\"");
                    _w.Line("c.LeaveInstance();");
                }
                else
                {
                    Apply(additional, "property.Value", "c.EnterProperty(property);", "-1", "-1");
                }

                _w.CloseBrace();
            }

            if (plan.PropertyNames is { } names && names.Constant != true)
            {
                if (names.Constant == false)
                {
                    _w.Line("c.EnterProperty(property);");
                    Fail("propertyNames", names.Path, "\"no property is allowed (propertyNames is false), and there is \\\"\" + property.Name + \"\\\"\"");
                    _w.Line("c.LeaveInstance();");
                }
                else
                {
                    Apply(names, $"{Context}.NameElement(property)", "c.EnterProperty(property);", "-1", "-1");
                }
            }
        }

        private void WriteRequired(ObjectPlan plan, int words)
        {
            var required = plan.Properties.Where(x => x.RequiredSlot >= 0).OrderBy(x => x.RequiredSlot).ToList();
            for (var w = 0; w < words; w++)
            {
                var inWord = required.Where(x => x.RequiredSlot / 64 == w).ToList();
                var mask = inWord.Count == 64 ? ulong.MaxValue : (1UL << inWord.Count) - 1;
                _w.Line($"if (found{w} != 0x{mask.ToString("X", CultureInfo.InvariantCulture)}UL)");
                _w.OpenBrace();
                foreach (var property in inWord)
                {
                    _w.Line($"if ((found{w} & (1UL << {(property.RequiredSlot % 64).ToString(CultureInfo.InvariantCulture)})) == 0)");
                    _w.OpenBrace();
                    Fail("required", "/required", Lit($"the required property \"{property.Name}\" is missing"));
                    _w.CloseBrace();
                }

                _w.CloseBrace();
            }
        }

        private void WriteUnevaluated()
        {
            if (_plan.Object?.UnevaluatedProperties is { } properties)
            {
                _w.Line($"if (kind == {Kind}.Object)");
                _w.OpenBrace();
                _w.Line("var k = 0;");
                _w.Line("foreach (var property in i.EnumerateObject())");
                _w.OpenBrace();
                _w.Line("if (!c.IsMarked(p, k))");
                _w.OpenBrace();
                if (properties.Constant == false)
                {
                    _w.Line("c.EnterProperty(property);");
                    Fail("unevaluatedProperties", properties.Path, "\"the property \\\"\" + property.Name + \"\\\" is not allowed (unevaluatedProperties is false)\"");
                    _w.Line("c.LeaveInstance();");
                }
                else
                {
                    Apply(properties, "property.Value", "c.EnterProperty(property);", "-1", "-1");
                }

                _w.CloseBrace();
                _w.Line("k++;");
                _w.CloseBrace();
                _w.CloseBrace();
            }

            if (_plan.Array?.UnevaluatedItems is { } items)
            {
                _w.Line($"if (kind == {Kind}.Array)");
                _w.OpenBrace();
                _w.Line("var k = 0;");
                _w.Line("foreach (var item in i.EnumerateArray())");
                _w.OpenBrace();
                _w.Line("if (!c.IsMarked(q, k))");
                _w.OpenBrace();
                if (items.Constant == false)
                {
                    _w.Line("c.EnterIndex(k);");
                    Fail("unevaluatedItems", items.Path, "\"the item \" + k + \" is not allowed (unevaluatedItems is false)\"");
                    _w.Line("c.LeaveInstance();");
                }
                else
                {
                    Apply(items, "item", "c.EnterIndex(k);", "-1", "-1");
                }

                _w.CloseBrace();
                _w.Line("k++;");
                _w.CloseBrace();
                _w.CloseBrace();
            }
        }
    }
}
