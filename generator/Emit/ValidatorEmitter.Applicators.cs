using System.Globalization;
using Schemata.Generator.Model.Validation;

namespace Schemata.Generator.Emit;

internal static partial class ValidatorEmitter
{
    // Keywords that apply subschemas to the same value. allOf and references pass the caller's evaluated sets
    // through (if they fail, so does this schema); anyOf, oneOf and if give each subschema a set of its own and keep
    // it only when the subschema passes, because a failed subschema's annotations are dropped.
    private sealed partial class MethodWriter
    {
        private void WriteApplicators()
        {
            foreach (var applicator in _plan.Applicators)
            {
                switch (applicator.Kind)
                {
                    case ApplicatorKind.AllOf:
                        foreach (var call in applicator.Schemas)
                        {
                            Apply(call, InPlace);
                        }

                        break;
                    case ApplicatorKind.AnyOf:
                        WriteAnyOf(applicator);
                        break;
                    case ApplicatorKind.OneOf:
                        WriteOneOf(applicator);
                        break;
                    case ApplicatorKind.Not:
                        WriteNot(applicator.Schemas[0]);
                        break;
                    case ApplicatorKind.Conditional:
                        WriteConditional(applicator);
                        break;
                    case ApplicatorKind.Reference:
                        WriteReference(applicator);
                        break;
                }
            }
        }

        /// <summary>Calls a subschema with sets of its own, merged into p and q when it passes; returns the verdict's variable.</summary>
        /// <param name="quiet">Check it in fast mode even while collecting (its errors would be forgiven).</param>
        private string CallTentatively(SubschemaCall call, bool quiet)
        {
            var result = Next("r");
            if (call.Constant == true)
            {
                _w.Line($"var {result} = true;");
                return result;
            }

            var top = Next("top");
            var sp = Next("sp");
            var sq = Next("sq");
            _w.Line($"var {top} = c.BitsTop;");
            _w.Line($"var {sp} = p >= 0 ? c.RentLike(p) : -1;");
            _w.Line($"var {sq} = q >= 0 ? c.RentLike(q) : -1;");
            var verdict = Verdict(call, new CallSite(CallKind.InPlace, "i", sp, sq), quiet);
            _w.Line($"var {result} = {verdict};");
            _w.Line($"if ({result} && {sp} >= 0) c.Merge(p, {sp});");
            _w.Line($"if ({result} && {sq} >= 0) c.Merge(q, {sq});");
            _w.Line($"c.BitsTop = {top};");
            return result;
        }

        private void WriteAnyOf(ApplicatorPlan applicator)
        {
            // The branches are checked quietly: when one passes, the others' errors are forgiven and need not be made.
            // Only when none passes are they checked again, collecting, to say why.
            var passed = Next("passed");
            _w.Line($"var {passed} = false;");
            foreach (var call in applicator.Schemas)
            {
                // Once one passes, the rest matter only for their annotations.
                _w.Line($"if (!{passed} || p >= 0 || q >= 0)");
                _w.OpenBrace();
                var result = CallTentatively(call, quiet: true);
                _w.Line($"{passed} |= {result};");
                _w.CloseBrace();
            }

            _w.Line($"if (!{passed})");
            _w.OpenBrace();
            WriteBranchErrors(applicator);
            Fail("anyOf", "/anyOf", Lit($"must match at least one of the {applicator.Schemas.Count} schemas of anyOf, and matches none"));
            _w.CloseBrace();
        }

        /// <summary>While collecting, checks every branch again to record why it fails (none passed).</summary>
        private void WriteBranchErrors(ApplicatorPlan applicator)
        {
            _w.Line("if (c.Collecting)");
            _w.OpenBrace();
            foreach (var call in applicator.Schemas)
            {
                if (call.Constant == true)
                {
                    continue;
                }

                _w.OpenBrace();
                CallTentatively(call, quiet: false);
                _w.CloseBrace();
            }

            _w.CloseBrace();
        }

        private void WriteOneOf(ApplicatorPlan applicator)
        {
            // As for anyOf: the branches are checked quietly, and again, collecting, only when none matches.
            var count = Next("matches");
            var first = Next("first");
            var second = Next("second");
            _w.Line($"var {count} = 0;");
            _w.Line($"var {first} = -1;");
            _w.Line($"var {second} = -1;");
            for (var k = 0; k < applicator.Schemas.Count; k++)
            {
                // In fast mode two matches already decide the outcome.
                _w.Line($"if ({count} < 2 || c.Collecting)");
                _w.OpenBrace();
                var result = CallTentatively(applicator.Schemas[k], quiet: true);
                _w.Line($"if ({result})");
                _w.OpenBrace();
                _w.Line($"{count}++;");
                _w.Line($"if ({first} < 0) {first} = {k.ToString(CultureInfo.InvariantCulture)}; else if ({second} < 0) {second} = {k.ToString(CultureInfo.InvariantCulture)};");
                _w.CloseBrace();
                _w.CloseBrace();
            }

            _w.Line($"if ({count} > 1)");
            _w.OpenBrace();
            Fail("oneOf", "/oneOf", $"$\"must match exactly one of the {applicator.Schemas.Count} schemas of oneOf, and matches {{{count}}} (#{{{first}}} and #{{{second}}})\"");
            _w.CloseBrace();
            _w.Line($"else if ({count} == 0)");
            _w.OpenBrace();
            WriteBranchErrors(applicator);
            Fail("oneOf", "/oneOf", Lit($"must match exactly one of the {applicator.Schemas.Count} schemas of oneOf, and matches none"));
            _w.CloseBrace();
        }

        private void WriteNot(SubschemaCall call)
        {
            if (call.Constant == false)
            {
                return;
            }

            // Its errors are always forgiven: checked quietly.
            var top = Next("top");
            _w.Line($"var {top} = c.BitsTop;");
            var verdict = Verdict(call, new CallSite(CallKind.InPlace, "i", "-1", "-1"), quiet: true);
            var result = Next("r");
            _w.Line($"var {result} = {verdict};");
            _w.Line($"c.BitsTop = {top};");
            Reject(result, "not", " is not allowed: it matches the schema of not");
        }

        private void WriteConditional(ApplicatorPlan applicator)
        {
            var hasBranches = applicator.Then is not null || applicator.Else is not null;
            // Without then/else, if matters only for the annotations it adds when it passes.
            _w.Line(hasBranches ? "{" : "if (p >= 0 || q >= 0)");
            if (!hasBranches)
            {
                _w.Line("{");
            }

            _w.Indentation++;
            // The condition's errors are always forgiven: checked quietly.
            var condition = CallTentatively(applicator.Schemas[0], quiet: true);
            if (applicator.Then is { } then && then.Constant != true)
            {
                _w.Line($"if ({condition})");
                _w.OpenBrace();
                Apply(then, InPlace);
                _w.CloseBrace();
            }

            if (applicator.Else is { } otherwise && otherwise.Constant != true)
            {
                _w.Line($"if (!{condition})");
                _w.OpenBrace();
                Apply(otherwise, InPlace);
                _w.CloseBrace();
            }

            _w.CloseBrace();
        }

        private void WriteReference(ApplicatorPlan applicator)
        {
            var call = applicator.Schemas[0];
            if (call.Constant == true && applicator.Candidates.IsEmpty)
            {
                return;
            }

            // A schema that refers back to itself without consuming the value would recurse until the stack ends.
            _w.Line("global::System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();");
            if (applicator.Candidates.IsEmpty)
            {
                Apply(call, InPlace);
                return;
            }

            var field = "__Dynamic" + Next(string.Empty) + Own;
            _fields.Line($"private static readonly string[] {field} = {{ {string.Join(", ", System.Linq.Enumerable.Select(applicator.Candidates, d => Lit(d.Resource)))} }};");
            var result = Next("r");
            _w.Line($"bool {result};");
            _w.Line($"switch (c.FindDynamic({field}))");
            _w.OpenBrace();
            for (var k = 0; k < applicator.Candidates.Count; k++)
            {
                var target = applicator.Candidates[k].Target;
                _w.Line($"case {k.ToString(CultureInfo.InvariantCulture)}:");
                _w.Indentation++;
                _w.Line($"{result} = c.Apply(i, {Lit(call.Path)}, {Target(target.Class, target.Method)}, p, q);");
                _w.Line("break;");
                _w.Indentation--;
            }

            _w.Line("default:");
            _w.Indentation++;
            _w.Line($"{result} = {Verdict(call with { Guard = false }, InPlace)};");
            _w.Line("break;");
            _w.Indentation--;
            _w.CloseBrace();
            _w.Line($"if (!{result} && c.Stop(ref ok)) {Exit}");
        }
    }
}
