using System.Globalization;
using System.Linq;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Reading;

namespace Schemata.Generator.Emit;

internal static partial class ValidatorEmitter
{
    // Object keywords run in one pass over the instance's properties: each property is matched against the
    // declared names (UTF-8 comparisons, no string is made), then patternProperties, then additionalProperties;
    // required names are ticked off in a bit mask on the way.
    private sealed partial class MethodWriter
    {
        private static readonly CallSite PropertyValue = new(CallKind.Property, "property.Value", "-1", "-1");
        private static readonly CallSite ItemValue = new(CallKind.Item, "item", "-1", "-1");

        private void WriteObject()
        {
            if (_plan.Object is not { } plan)
            {
                return;
            }

            _w.Line($"if (kind == {Kind}.Object)");
            _w.OpenBrace();
            var shape = Shape(plan);
            var masks = shape is null ? RequiredMasks(plan) : System.Array.Empty<ulong>();
            var words = masks.Length;
            for (var w = 0; w < words; w++)
            {
                _w.Line($"ulong found{w} = 0;");
            }

            if (shape is not null)
            {
                _w.Line($"if (!{shape}.Check(i, c, p) && c.Stop(ref ok)) {Exit}");
            }

            var counted = shape is null && (plan.IteratesProperties || words > 0);
            if (counted)
            {
                _w.Line("var k = 0;");
                _w.Line("foreach (var property in i.EnumerateObject())");
                _w.OpenBrace();
                WriteProperty(plan, words);
                _w.Line("k++;");
                _w.CloseBrace();
            }

            if (words > 0)
            {
                WriteRequired(plan, masks);
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
                    Apply(dependent.Schema, InPlace);
                }

                _w.CloseBrace();
            }

            _w.CloseBrace();
        }

        /// <summary>
        /// The runtime's <c>ObjectShape</c> for the properties, required and additionalProperties of <paramref name="plan"/>
        /// as a field, or null when one of them needs code (patternProperties, propertyNames, a subschema in another
        /// dynamic resource, a keyword path of another form): then the loop is written out.
        /// </summary>
        private string? Shape(ObjectPlan plan) => Shape(plan, _site, 0);

        private string? Shape(ObjectPlan plan, string site, int types)
        {
            if (plan.PatternProperties.Count > 0 || plan.PropertyNames is { Constant: not true } || plan.Properties.Count > 512
                || (plan.Properties.Count == 0 && plan.AdditionalProperties is null))
            {
                return null;
            }

            var flags = new System.Collections.Generic.List<int>();
            var methods = new System.Collections.Generic.List<string>();
            foreach (var property in plan.Properties)
            {
                var required = property.RequiredSlot >= 0 ? 0x200 : 0;
                if (property.Schema is null)
                {
                    flags.Add(required | 0x2000);
                }
                else if (ShapeEntry(property.Schema, "/properties/" + Reading.JsonPointer.Escape(property.Name), methods) is { } entry)
                {
                    flags.Add(required | entry);
                }
                else
                {
                    return null;
                }
            }

            if (plan.AdditionalProperties is { } additional)
            {
                if (ShapeEntry(additional, "/additionalProperties", methods) is not { } entry)
                {
                    return null;
                }

                flags.Add(entry);
            }

            var field = "__O" + _site.Substring(3);
            // The record's reader numbers the same names: share its table.
            var names = _recordNames is not null && plan.Properties.Select(x => x.Name).SequenceEqual(_recordNames)
                ? $"Schemata::ModelNames.Of<{_model.Name}>()"
                : "new(" + string.Join(", ", plan.Properties.Select(x => Lit(x.Name))) + ")";
            var tail = string.Concat(methods.Select(m => ", " + m));
            _fields.Line($"{ShapeAccess} static readonly Schemata::ObjectShape {field} = new({site}, {types.ToString(CultureInfo.InvariantCulture)}, {names}, new[] {{ {string.Join(", ", flags.Select(f => f.ToString(CultureInfo.InvariantCulture)))} }}{tail});");
            _failUsed |= site == _site;
            return field;
        }

        /// <summary>The flags of one subschema in an <c>ObjectShape</c> (adding its method), or null when data cannot say what it checks.</summary>
        private int? ShapeEntry(SubschemaCall call, string path, System.Collections.Generic.List<string> methods)
        {
            if (call.Constant == true)
            {
                return 0;
            }

            if (call.Constant == false)
            {
                return call.Path == path ? 0x4000 : null;
            }

            if (call.Inline is { } inline)
            {
                var mask = TypeMask(inline.Types, inline.LexicalIntegers, acceptsNull: false);
                if (call.Path != path || mask == 0 || mask > 0xFF)
                {
                    return null;
                }

                return mask | (inline.AcceptsNull && (mask & 1) == 0 ? 0x100 : 0);
            }

            if (call.EnterResource is not null || (call.Path != path && call.Path != path + "/$ref"))
            {
                return null;
            }

            methods.Add(Target(call.Class, call.Method));
            return 0x400 | (call.Path == path ? 0 : 0x800) | (call.Guard ? 0x1000 : 0);
        }

        private void WriteProperty(ObjectPlan plan, int words)
        {
            var tracksMatch = plan.AdditionalProperties is not null;
            if (plan.Properties.Count == 0)
            {
                if (tracksMatch)
                {
                    _w.Line("var matched = false;");
                }
            }
            else
            {
                // One lookup in a table of the declared names, then a jump: comparing the name with each declared name in
                // turn cost most of the time of validating objects with many properties. The names of `properties` come
                // first, those only `required` lists after them; what every declared name does (it counts as matched and
                // as evaluated, and ticks its bit) is done once, before the jump.
                var table = _namesTable = "__Names" + Next(string.Empty) + Own;
                _fields.Line($"private static readonly Schemata::PropertyNameTable {table} = new({string.Join(", ", plan.Properties.Select(x => Lit(x.Name)))});");
                _w.Line($"var index = {table}.IndexOf(property);");
                var declared = plan.Properties.Count(x => x.Schema is not null);
                var isDeclared = declared == plan.Properties.Count ? "index >= 0" : $"(uint)index < {declared.ToString(CultureInfo.InvariantCulture)}";
                if (tracksMatch)
                {
                    _w.Line(declared == 0 ? "var matched = false;" : $"var matched = {isDeclared};");
                }

                for (var w = 0; w < words; w++)
                {
                    var test = w == 0 ? "(uint)index < 64" : $"(uint)(index - {(w * 64).ToString(CultureInfo.InvariantCulture)}) < 64";
                    _w.Line($"{(w == 0 ? "if" : "else if")} ({test}) found{w.ToString(CultureInfo.InvariantCulture)} |= 1UL << index;");
                }

                if (declared > 0)
                {
                    _w.Line($"if (p >= 0 && {isDeclared}) c.Mark(p, k);");
                }

                var cases = plan.Properties.Select((x, i) => (Property: x, Index: i)).Where(x => x.Property.Schema is { Constant: not true }).ToList();
                if (cases.Count > 0)
                {
                    _w.Line("switch (index)");
                    _w.OpenBrace();
                    foreach (var (property, index) in cases)
                    {
                        // Each case is one or two statements that declare nothing, so the cases need no braces of their own.
                        _w.Line($"case {index.ToString(CultureInfo.InvariantCulture)}:");
                        _w.Indentation++;
                        var schema = property.Schema!;
                        if (schema.Constant == false)
                        {
                            FailAt(PropertyValue, "properties", schema.Path, Lit($"the property \"{property.Name}\" is not allowed"));
                        }
                        else
                        {
                            Apply(schema, PropertyValue);
                        }

                        _w.Line("break;");
                        _w.Indentation--;
                    }

                    _w.CloseBrace();
                }
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
                    FailAt(PropertyValue, "patternProperties", pattern.Schema.Path, $"\"the property \\\"\" + property.Name + \"\\\" is not allowed (it matches the pattern \" + {Lit(pattern.Pattern)} + \")\"");
                }
                else
                {
                    Apply(pattern.Schema, PropertyValue);
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
                    FailAt(PropertyValue, "additionalProperties", additional.Path, "\"the property \\\"\" + property.Name + \"\\\" is not allowed\"");
                }
                else
                {
                    Apply(additional, PropertyValue);
                }

                _w.CloseBrace();
            }

            if (plan.PropertyNames is { } names && names.Constant != true)
            {
                if (names.Constant == false)
                {
                    _w.OpenBrace();
                    FailAt(PropertyValue, "propertyNames", names.Path, "\"no property is allowed (propertyNames is false), and there is \\\"\" + property.Name + \"\\\"\"");
                    _w.CloseBrace();
                }
                else
                {
                    if (names.Guard)
                    {
                        _w.Line("global::System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();");
                    }

                    _w.Line($"if (!c.PropertyName(property, {Lit(names.Path)}, {Target(names.Class, names.Method)}) && c.Stop(ref ok)) {Exit}");
                }
            }
        }

        /// <summary>
        /// The required names as bits, one per entry of the name table (numbered as the table is), in as many
        /// <c>ulong</c> words as reach the last required name.
        /// </summary>
        private static ulong[] RequiredMasks(ObjectPlan plan)
        {
            var last = -1;
            for (var index = 0; index < plan.Properties.Count; index++)
            {
                if (plan.Properties[index].RequiredSlot >= 0)
                {
                    last = index;
                }
            }

            var masks = new ulong[(last + 64) / 64];
            for (var index = 0; index <= last; index++)
            {
                if (plan.Properties[index].RequiredSlot >= 0)
                {
                    masks[index / 64] |= 1UL << (index % 64);
                }
            }

            return masks;
        }

        /// <summary>
        /// One line a word of found bits: the quick test inline, and the runtime names every required property that is
        /// missing (<c>SchemaValidationContext.Missing</c>), in the order of the name table: declared properties first.
        /// </summary>
        private void WriteRequired(ObjectPlan plan, ulong[] masks)
        {
            for (var w = 0; w < masks.Length; w++)
            {
                if (masks[w] == 0)
                {
                    continue;
                }

                _failUsed = true;
                var word = w.ToString(CultureInfo.InvariantCulture);
                var mask = "0x" + masks[w].ToString("X", CultureInfo.InvariantCulture) + "UL";
                _w.Line($"if ((found{word} & {mask}) != {mask} && c.Missing(ref ok, {_namesTable}, {word}, found{word}, {mask}, {_site})) {Exit}");
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
                    FailAt(PropertyValue, "unevaluatedProperties", properties.Path, "\"the property \\\"\" + property.Name + \"\\\" is not allowed (unevaluatedProperties is false)\"");
                }
                else
                {
                    Apply(properties, PropertyValue);
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
                    FailAt(ItemValue, "unevaluatedItems", items.Path, "\"the item \" + k + \" is not allowed (unevaluatedItems is false)\"");
                }
                else
                {
                    Apply(items, ItemValue);
                }

                _w.CloseBrace();
                _w.Line("k++;");
                _w.CloseBrace();
                _w.CloseBrace();
            }
        }
    }
}
