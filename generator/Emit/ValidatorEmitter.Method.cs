using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Reading;
using Schemata.Generator.Validation;

namespace Schemata.Generator.Emit;

internal static partial class ValidatorEmitter
{
    /// <summary>
    /// Writes one schema's method: <c>bool __V…(JsonElement i, SchemaValidationContext c, int p, int q)</c>, where
    /// <c>p</c> and <c>q</c> are the caller's sets of evaluated properties and items (-1 when nobody needs them).
    /// Failures go through <c>c.Stop(ref ok)</c>, which in the fast run ends the method at once.
    /// </summary>
    private sealed partial class MethodWriter
    {
        private static readonly CallSite InPlace = new(CallKind.InPlace, "i", "p", "q");
        private readonly SourceWriter _out;
        private readonly SourceWriter _fields = new(256);
        private readonly SourceWriter _w = new();
        private readonly ValidatorModel _model;
        private readonly SchemaPlan _plan;
        private readonly bool _cleanup;
        private int _counter;
        private bool _exitUsed;
        private bool _failUsed;
        /// <summary>The field holding this schema's <c>SchemaSite</c> (its file, pointer and URI), which every failure names.</summary>
        private readonly string _site;
        /// <summary>The name table of the object being written, which the required check reads names from.</summary>
        private string? _namesTable;

        /// <summary>The fields holding other classes' subschemas that this method calls, by class and method.</summary>
        private readonly Dictionary<string, string> _foreign = new(StringComparer.Ordinal);

        /// <summary>The JSON names of the record whose body the methods are in, in its reader's order; else null.</summary>
        private readonly IReadOnlyList<string>? _recordNames;

        public MethodWriter(SourceWriter output, ValidatorModel model, SchemaPlan plan, int index, IReadOnlyList<string>? recordNames = null)
        {
            _recordNames = recordNames;
            _site = "__S" + index.ToString(CultureInfo.InvariantCulture);
            _out = output;
            _model = model;
            _plan = plan;
            // The fields and the body are written at their final indentation, so that they are appended as they are.
            _fields.Indentation = output.Indentation;
            _cleanup = plan.Object?.UnevaluatedProperties is not null || plan.Array?.UnevaluatedItems is not null
                || plan.Array?.Contains is not null
                || plan.Applicators.Any(a => a.Kind is ApplicatorKind.AnyOf or ApplicatorKind.OneOf or ApplicatorKind.Not or ApplicatorKind.Conditional);
            _w.Indentation = output.Indentation + 1;
        }

        private enum CallKind
        {
            Property,
            Item,
            InPlace,
        }

        /// <summary>Where a subschema is applied: to a property's value, to an item, or to the value itself (with the evaluated sets to pass).</summary>
        private readonly record struct CallSite(CallKind Kind, string Instance, string P, string Q);

        /// <summary>What the fast run does on a failure: return at once (after releasing rented sets).</summary>
        private string Exit
        {
            get
            {
                _exitUsed = true;
                return _cleanup ? "goto done;" : "return false;";
            }
        }

        public void Write()
        {
            if (_plan.Constant is { } constant)
            {
                if (constant)
                {
                    _w.Line("return true;");
                }
                else
                {
                    _failUsed = true;
                    _w.Line($"c.Fail(\"false\", \"\", {_site}, \"no value is allowed here (the schema is false)\");");
                    _w.Line("return false;");
                }

                Flush();
                return;
            }

            if (WriteShapeOnly())
            {
                return;
            }

            _w.Line("var ok = true;");
            _w.Line("var kind = i.ValueKind;");
            if (_plan.AcceptsNull)
            {
                _w.Line($"if (kind == {Kind}.Null)");
                _w.OpenBrace();
                _w.Line("return true;");
                _w.CloseBrace();
            }

            if (_cleanup)
            {
                _w.Line("var top = c.BitsTop;");
            }

            var ownProperties = _plan.Object?.UnevaluatedProperties is not null;
            var ownItems = _plan.Array?.UnevaluatedItems is not null;
            if (ownProperties)
            {
                // unevaluatedProperties sees only what this schema's keywords evaluated: a set of its own.
                _w.Line("var ep = p;");
                _w.Line($"p = kind == {Kind}.Object ? c.RentProperties(i) : -1;");
            }

            if (ownItems)
            {
                _w.Line("var eq = q;");
                _w.Line($"q = kind == {Kind}.Array ? c.RentItems(i) : -1;");
            }

            WriteType();
            WriteValues();
            WriteNumbers();
            WriteStrings();
            WriteApplicators();
            WriteObject();
            WriteArray();
            WriteUnevaluated();
            if (ownProperties)
            {
                _w.Line($"if (ok && ep >= 0 && kind == {Kind}.Object)");
                _w.OpenBrace();
                _w.Line("c.MarkAll(ep);");
                _w.CloseBrace();
            }

            if (ownItems)
            {
                _w.Line($"if (ok && eq >= 0 && kind == {Kind}.Array)");
                _w.OpenBrace();
                _w.Line("c.MarkAll(eq);");
                _w.CloseBrace();
            }

            if (_cleanup)
            {
                if (_exitUsed)
                {
                    _w.Indentation--;
                    _w.Line("done:");
                    _w.Indentation++;
                }

                _w.Line("c.BitsTop = top;");
            }

            _w.Line("return ok;");
            Flush();
        }

        /// <summary>
        /// A schema that only says its type and what its properties (or its items) must be is all data: the method hands
        /// the value to the runtime's shape, which checks it as the written-out code would.
        /// </summary>
        private bool WriteShapeOnly()
        {
            if (_plan.Values.Count > 0 || _plan.Number is not null || _plan.String is not null || _plan.Applicators.Count > 0)
            {
                return false;
            }

            var types = 0;
            if (_plan.TypeKeyword)
            {
                types = TypeMask(_plan.Types, _plan.LexicalIntegers, acceptsNull: false);
                if (types is 0 or > 0xFF)
                {
                    return false;
                }
            }

            if (_plan.AcceptsNull)
            {
                types |= 0x100;
            }

            var uri = _plan.Location == _model.SchemaFile + "#" + _plan.Pointer ? string.Empty : ", " + Lit(_plan.Location);
            var site = $"new({SchemaFileOf(_model)}, {Lit(_plan.Pointer)}{uri})";
            string? shape;
            if (_plan.Object is { } o && _plan.Array is null)
            {
                if (o.MinProperties is not null || o.MaxProperties is not null || o.DependentRequired.Count > 0 || o.DependentSchemas.Count > 0 || o.UnevaluatedProperties is not null)
                {
                    return false;
                }

                shape = Shape(o, site, types);
            }
            else if (_plan.Array is { Items: { } items } a && _plan.Object is null)
            {
                var methods = new List<string>();
                if (a.Prefix.Count > 0 || a.Contains is not null || a.MinItems is not null || a.MaxItems is not null || a.UniqueItems || a.UnevaluatedItems is not null
                    || ShapeEntry(items, "/" + a.ItemsKeyword, methods) is not { } entry)
                {
                    return false;
                }

                shape = "__A" + _site.Substring(3);
                var method = methods.Count == 0 ? string.Empty : ", " + methods[0];
                _fields.Line($"{ShapeAccess} static readonly Schemata::ArrayShape {shape} = new({site}, {types.ToString(CultureInfo.InvariantCulture)}, {Lit(a.ItemsKeyword)}, {entry.ToString(CultureInfo.InvariantCulture)}{method});");
            }
            else
            {
                return false;
            }

            if (shape is null)
            {
                return false;
            }

            _out.Append(_fields);
            if (IsOwn)
            {
                // The type's own Evaluate hands the value to the shape itself: no method in between.
                Forward = $"{ChecksClass(_model)}.{shape}.Evaluate(i, c, p, q)";
            }
            else
            {
                _out.Line();
                _out.Line($"{Head()} => {shape}.Evaluate(i, c, p, q);");
            }

            _fields.Release();
            _w.Release();
            return true;
        }

        private void Flush()
        {
            if (_failUsed)
            {
                // The schema's pointer in its file and its absolute URI; errors add the keyword's path to both.
                var uri = _plan.Location == _model.SchemaFile + "#" + _plan.Pointer ? string.Empty : ", " + Lit(_plan.Location);
                _out.Line($"private static readonly Schemata::SchemaSite {_site} = new({SchemaFileOf(_model)}, {Lit(_plan.Pointer)}{uri});");
            }

            // After the site: static fields are initialized in the order they are written.
            if (_fields.Length > 0)
            {
                _out.Append(_fields);
            }

            if (_failUsed || _fields.Length > 0)
            {
                _out.Line();
            }

            _out.Line(Head());
            _out.OpenBrace();
            _out.Append(_w);
            _out.CloseBrace();
            if (IsOwn)
            {
                Forward = $"{ChecksClass(_model)}.{Own}(i, c, p, q)";
            }

            _fields.Release();
            _w.Release();
        }

        /// <summary>
        /// The method's first line, in the file's checks class: internal when the type's explicit <c>Evaluate</c> (its own
        /// schema) or its <c>Subschema</c> export (a target of another class's references) names it, else private.
        /// </summary>
        private string Head() => $"{(IsOwn || _plan.Shared ? "internal" : "private")} static bool {Own}({Element} i, {Context} c, int p, int q)";

        /// <summary>Whether this is the class's own schema, which its explicit <c>ISchemaValidated.Evaluate</c> checks.</summary>
        private bool IsOwn => ValidationNames.IsOwnCheck(_plan.Method);

        /// <summary>How the type's explicit <c>Evaluate</c> checks its own schema (after <see cref="Write"/>); null for other schemas.</summary>
        public string? Forward { get; private set; }

        /// <summary>The access of a shape field: internal for the class's own schema, whose shape the type's <c>Evaluate</c> may name.</summary>
        private string ShapeAccess => IsOwn ? "internal" : "private";

        /// <summary>The method's name in the checks class, also in the names of its fields ("__V" for the class's own schema).</summary>
        private string Own => IsOwn ? ValidationNames.Method(string.Empty) : _plan.Method;

        private string Next(string prefix) => prefix + (_counter++).ToString(CultureInfo.InvariantCulture);

        private static string Lit(string value) => GeneratedCode.Literal(value);

        /// <summary>Records a failure of <paramref name="keyword"/> (at <paramref name="path"/> below this schema) with a message expression.</summary>
        private void Fail(string keyword, string path, string message) => FailAt(InPlace, keyword, path, message);

        /// <summary>Records a failure located at the property or item of <paramref name="site"/>.</summary>
        private void FailAt(CallSite site, string keyword, string path, string message)
        {
            _failUsed = true;
            _w.Line($"if (c.Stop(ref ok)) {Exit}");
            var at = site.Kind switch
            {
                CallKind.Property => "c.FailAt(property, ",
                CallKind.Item => "c.FailAt(k, ",
                _ => "c.Fail(",
            };
            _w.Line($"{at}{Lit(keyword)}, {Lit(path)}, {_site}, {message});");
        }

        /// <summary>
        /// A <c>type</c> check in one line: the runtime tests the value against the types (<see cref="TypeMask"/>),
        /// records a failure (making its message only while collecting) and says whether to stop.
        /// </summary>
        private void WrongType(CallSite site, string path, JsonTypes types, bool lexicalIntegers, bool acceptsNull)
        {
            _failUsed = true;
            var call = site.Kind switch
            {
                CallKind.Property => "c.TypeFailsAt(ref ok, property, ",
                CallKind.Item => $"c.TypeFailsAt(ref ok, k, {site.Instance}, ",
                _ => $"c.TypeFails(ref ok, {site.Instance}, ",
            };
            var mask = TypeMask(types, lexicalIntegers, acceptsNull).ToString(CultureInfo.InvariantCulture);
            _w.Line($"if ({call}{mask}, {Lit(path)}, {_site}, {Lit(TypeWords(types))})) {Exit}");
        }

        /// <summary>When <paramref name="failing"/> holds, records a failure with a fixed message, in one line.</summary>
        private void FailIf(string failing, string keyword, string path, string message)
        {
            _failUsed = true;
            _w.Line($"if ({failing} && c.Failed(ref ok, {Lit(keyword)}, {Lit(path)}, {_site}, {Lit(message)})) {Exit}");
        }

        /// <summary>
        /// When <paramref name="failing"/> holds, records that the value is not allowed by <paramref name="keyword"/>
        /// (at <c>/keyword</c>) with the message "<c>value</c><paramref name="rest"/>", in one line.
        /// </summary>
        private void Reject(string failing, string keyword, string rest)
        {
            _failUsed = true;
            _w.Line($"if ({failing} && c.Rejected(ref ok, i, {Lit(keyword)}, {_site}, {Lit(rest)})) {Exit}");
        }

        /// <summary>
        /// The verdict of a subschema, as an expression or the variable holding it; steps into the evaluation path,
        /// the property or item, and the subschema's resource.
        /// </summary>
        /// <param name="quiet">The subschema's errors would be forgiven (anyOf, oneOf, not, if, contains): it is checked in
        /// fast mode even while collecting, so that a valid value records (and allocates) nothing for it.</param>
        private string Verdict(SubschemaCall call, CallSite site, bool quiet = false)
        {
            if (call.Constant == true)
            {
                return "true";
            }

            if (call.Guard)
            {
                // References can recurse without consuming the value: stop before the stack runs out.
                _w.Line("global::System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();");
            }

            var method = Target(call.Class, call.Method);
            var path = Lit(call.Path);
            if (quiet)
            {
                var (p, q) = site.Kind == CallKind.InPlace ? (site.P, site.Q) : ("-1", "-1");
                var instance = site.Kind == CallKind.Property ? "property.Value" : site.Instance;
                return call.EnterResource is { } entered
                    ? $"c.CheckIn({Lit(entered)}, {instance}, {method}, {p}, {q})"
                    : $"c.Check({instance}, {method}, {p}, {q})";
            }

            if (site.Kind == CallKind.InPlace)
            {
                return call.EnterResource is { } resource
                    ? $"c.ApplyIn({Lit(resource)}, {site.Instance}, {path}, {method}, {site.P}, {site.Q})"
                    : $"c.Apply({site.Instance}, {path}, {method}, {site.P}, {site.Q})";
            }

            // The fast run calls the subschema directly; only the collecting run steps into the locations.
            var expression = site.Kind == CallKind.Property
                ? $"(c.Collecting ? c.Property(property, {path}, {method}) : {method}(property.Value, c, -1, -1))"
                : $"(c.Collecting ? c.Item({site.Instance}, k, {path}, {method}) : {method}({site.Instance}, c, -1, -1))";
            if (call.EnterResource is null)
            {
                return expression;
            }

            var result = Next("r");
            _w.Line($"c.EnterResource({Lit(call.EnterResource)});");
            _w.Line($"var {result} = {expression};");
            _w.Line("c.LeaveResource();");
            return result;
        }

        /// <summary>Applies a subschema whose failure fails this schema (its own errors say why).</summary>
        private void Apply(SubschemaCall call, CallSite site)
        {
            if (call.Constant == true)
            {
                return;
            }

            if (call.Inline is { } inline)
            {
                WrongType(site, call.Path + "/type", inline.Types, inline.LexicalIntegers, inline.AcceptsNull);
                return;
            }

            _w.Line($"if (!{Verdict(call, site)} && c.Stop(ref ok)) {Exit}");
        }

        /// <summary>
        /// How this method names the check <paramref name="method"/> of <paramref name="type"/> (null: of this class): its
        /// own methods by name, another class's own check through the runtime (<c>SchemaOf&lt;T&gt;.Evaluate</c>), and
        /// another class's subschema by a field that asks that class for it once (<c>SchemaOf&lt;T&gt;.Subschema</c>).
        /// </summary>
        private string Target(string? type, string method)
        {
            if (string.IsNullOrEmpty(type) || ValidationNames.IsOwnCheck(method))
            {
                return method;
            }

            var key = type + "." + method;
            if (_foreign.TryGetValue(key, out var known))
            {
                return known;
            }

            var field = _foreign[key] = "__X" + _site.Substring(3) + "_" + _foreign.Count.ToString(CultureInfo.InvariantCulture);
            _fields.Line($"private static readonly Schemata::SchemaMethod {field} = Schemata::SchemaOf<{type}>.Subschema({Lit(method)});");
            return field;
        }

        /// <summary>
        /// The types as <c>SchemaValidationContext.HasType</c> takes them: the bits of <see cref="JsonTypes"/> for null,
        /// boolean, object, array, number and string; integers as 64 (judged by value) or 128 (by how they are written,
        /// draft 4); null accepted besides them (OpenAPI's <c>nullable</c>) adds its bit.
        /// </summary>
        private static int TypeMask(JsonTypes types, bool lexicalIntegers, bool acceptsNull)
        {
            var mask = (int)(types & ~JsonTypes.Integer);
            if (acceptsNull)
            {
                mask |= (int)JsonTypes.Null;
            }

            if ((types & (JsonTypes.Number | JsonTypes.Integer)) == JsonTypes.Integer)
            {
                mask |= lexicalIntegers ? 128 : (int)JsonTypes.Integer;
            }

            return mask;
        }

        /// <summary>"a string", "an integer or null", … for messages.</summary>
        private static string TypeWords(JsonTypes types)
        {
            var names = new List<string>();
            foreach (var (flag, name) in new[] { (JsonTypes.Null, "null"), (JsonTypes.Boolean, "boolean"), (JsonTypes.Object, "object"), (JsonTypes.Array, "array"), (JsonTypes.String, "string") })
            {
                if ((types & flag) != 0)
                {
                    names.Add(name);
                }
            }

            if ((types & JsonTypes.Number) != 0)
            {
                names.Add("number");
            }
            else if ((types & JsonTypes.Integer) != 0)
            {
                names.Add("integer");
            }

            var text = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1];
            return Article(text) + text;
        }

        private void WriteType()
        {
            if (!_plan.TypeKeyword)
            {
                return;
            }

            WrongType(InPlace, "/type", _plan.Types, _plan.LexicalIntegers, acceptsNull: false);
        }

        private static string Article(string type) => type is "null" ? string.Empty : type.StartsWith("a", StringComparison.Ordinal) || type.StartsWith("i", StringComparison.Ordinal) || type.StartsWith("o", StringComparison.Ordinal) ? "an " : "a ";

        private void WriteValues()
        {
            foreach (var values in _plan.Values)
            {
                string allowed;
                if (values.Values.Count > 1 && values.Values.All(v => v.Kind == JsonNodeKind.String && Utf8(v.Text).EndsWith("u8", StringComparison.Ordinal)))
                {
                    // A set of strings (an enum) is one lookup in a runtime table.
                    var set = "__E" + _site.Substring(3) + "_" + Next(string.Empty);
                    _fields.Line($"private static readonly Schemata::StringValueSet {set} = new({string.Join(", ", values.Values.Select(v => Lit(v.Text)))});");
                    allowed = set + ".Contains(i)";
                }
                else
                {
                    var conditions = values.Values.Select(ValueCondition).ToList();
                    allowed = conditions.Count == 0 ? "false"
                        : conditions.Count == 1 && conditions[0].StartsWith("(", StringComparison.Ordinal) ? conditions[0]
                        : "(" + string.Join(" || ", conditions) + ")";
                }

                var shown = string.Join(", ", values.Values.Take(5).Select(Show));
                var message = values.Keyword == "const"
                    ? $"must be {shown}"
                    : values.Values.Count <= 5 ? $"must be one of {shown}" : $"must be one of the {values.Values.Count} allowed values ({shown}, …)";
                Reject("!" + allowed, values.Keyword, " " + message.Replace("must be", "is not allowed: it must be"));
            }
        }

        private static string Show(JsonLiteral literal) => literal.Kind switch
        {
            JsonNodeKind.String => JsonText(literal.Text),
            JsonNodeKind.Null => "null",
            JsonNodeKind.True => "true",
            JsonNodeKind.False => "false",
            _ => literal.Text.Length > 40 ? literal.Text.Substring(0, 37) + "..." : literal.Text,
        };

        private static string JsonText(string value)
        {
            var builder = new System.Text.StringBuilder();
            JsonLiterals.WriteString(value, builder);
            return builder.ToString();
        }

        private string ValueCondition(JsonLiteral literal)
        {
            switch (literal.Kind)
            {
                case JsonNodeKind.Null:
                    return $"kind == {Kind}.Null";
                case JsonNodeKind.True:
                    return $"kind == {Kind}.True";
                case JsonNodeKind.False:
                    return $"kind == {Kind}.False";
                case JsonNodeKind.String:
                    return $"(kind == {Kind}.String && i.ValueEquals({Utf8(literal.Text)}))";
                case JsonNodeKind.Number:
                    return JsonNumber.IsInteger(literal.Text) && long.TryParse(literal.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer)
                        ? $"(kind == {Kind}.Number && Schemata::JsonNumbers.Equal(i, {integer.ToString(CultureInfo.InvariantCulture)}L, {Utf8(literal.Text)}))"
                        : $"(kind == {Kind}.Number && Schemata::JsonNumbers.Equal(i, {Utf8(literal.Text)}))";
                default:
                    // Structured constants are parsed once, on first use.
                    var n = Next(string.Empty);
                    var field = "__c" + n + Own;
                    var property = "__C" + n + Own;
                    _fields.Line($"private static {Element}? {field};");
                    _fields.Line();
                    _fields.Line($"private static {Element} {property} => {field} ??= Schemata::JsonValues.Parse({Lit(literal.Text)});");
                    return $"Schemata::JsonValues.Equal(i, {property})";
            }
        }

        /// <summary>A UTF-8 literal of a string, or the string itself when it cannot be UTF-8 (a lone surrogate).</summary>
        private static string Utf8(string value)
        {
            for (var k = 0; k < value.Length; k++)
            {
                if (char.IsHighSurrogate(value[k]) && k + 1 < value.Length && char.IsLowSurrogate(value[k + 1]))
                {
                    k++;
                }
                else if (char.IsSurrogate(value[k]))
                {
                    return Lit(value);
                }
            }

            return Lit(value) + "u8";
        }

        private void WriteNumbers()
        {
            if (_plan.Number is not { } number)
            {
                return;
            }

            _w.Line($"if (kind == {Kind}.Number)");
            _w.OpenBrace();
            foreach (var bound in number.Bounds)
            {
                var comparison = $"Schemata::JsonNumbers.Compare(i, {NumberArgument(bound.Literal)}, {Utf8(bound.Literal)})";
                var (test, words) = bound.Kind switch
                {
                    BoundKind.Minimum => (" < 0", "at least"),
                    BoundKind.ExclusiveMinimum => (" <= 0", "greater than"),
                    BoundKind.Maximum => (" > 0", "at most"),
                    _ => (" >= 0", "less than"),
                };
                Reject(comparison + test, bound.Keyword, $" is not allowed: it must be {words} {bound.Literal}");
            }

            if (number.MultipleOf is { } divisor)
            {
                string call;
                if (JsonNumber.IsInteger(divisor) && long.TryParse(divisor, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
                {
                    call = $"Schemata::JsonNumbers.IsMultipleOf(i, {integer.ToString(CultureInfo.InvariantCulture)}L, {Utf8(divisor)})";
                }
                else if (decimal.TryParse(divisor, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d != 0m && d.ToString(CultureInfo.InvariantCulture).Length < 30)
                {
                    call = $"Schemata::JsonNumbers.IsMultipleOf(i, {d.ToString(CultureInfo.InvariantCulture)}m, {Utf8(divisor)})";
                }
                else
                {
                    call = $"Schemata::JsonNumbers.IsMultipleOf(i, {Utf8(divisor)})";
                }

                Reject("!" + call, "multipleOf", " is not a multiple of " + divisor);
            }

            _w.CloseBrace();
        }

        /// <summary>The fast-path argument of a number comparison: a long for integers, else the nearest double.</summary>
        private static string NumberArgument(string literal)
        {
            if (JsonNumber.IsInteger(literal) && long.TryParse(literal, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
            {
                return integer.ToString(CultureInfo.InvariantCulture) + "L";
            }

            if (!JsonNumber.TryDouble(literal, out var value) || double.IsNaN(value))
            {
                return "double.NaN";
            }

            if (double.IsPositiveInfinity(value))
            {
                return "double.PositiveInfinity";
            }

            if (double.IsNegativeInfinity(value))
            {
                return "double.NegativeInfinity";
            }

            return value.ToString("R", CultureInfo.InvariantCulture) + "d";
        }

        private void WriteStrings()
        {
            if (_plan.String is not { } strings)
            {
                return;
            }

            _w.Line($"if (kind == {Kind}.String)");
            _w.OpenBrace();
            if (strings.MinLength is not null || strings.MaxLength is not null)
            {
                _w.Line("var length = Schemata::JsonStrings.Length(i);");
                if (strings.MinLength is { } min)
                {
                    _w.Line($"if (length < {min.ToString(CultureInfo.InvariantCulture)})");
                    _w.OpenBrace();
                    Fail("minLength", "/minLength", $"$\"must be at least {min} character{(min == 1 ? string.Empty : "s")} long, not {{length}}\"");
                    _w.CloseBrace();
                }

                if (strings.MaxLength is { } max)
                {
                    _w.Line($"if (length > {max.ToString(CultureInfo.InvariantCulture)})");
                    _w.OpenBrace();
                    Fail("maxLength", "/maxLength", $"$\"must be at most {max} character{(max == 1 ? string.Empty : "s")} long, not {{length}}\"");
                    _w.CloseBrace();
                }
            }

            if (strings.Pattern is { } pattern)
            {
                _w.Line($"if (!c.Matches(i, __R{pattern.ToString(CultureInfo.InvariantCulture)}))");
                _w.OpenBrace();
                Fail("pattern", "/pattern", $"c.PatternMessage({Context}.Describe(i), {Lit(strings.PatternText!)})");
                _w.CloseBrace();
            }

            if (strings.Format is { } format)
            {
                Reject($"!Schemata::JsonFormats.IsValid(i, Schemata::JsonFormat.{format})", "format", " is not a valid " + FormatName(format));
            }

            _w.CloseBrace();
        }

        private static string FormatName(string member) => member switch
        {
            "IPv4" => "ipv4",
            "IPv6" => "ipv6",
            _ => string.Concat(member.Select((ch, k) => k > 0 && char.IsUpper(ch) ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString())),
        };
    }
}
