using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Model;

namespace Schemata.Generator.Typing.AllOf;

internal sealed partial class RecordComposer
{
    /// <summary>What one record (or property) looks like once its branches are composed.</summary>
    private sealed class ComposedRecord
    {
        /// <summary>Every property, in order, with the final required flags; a derived record's start with its base's.</summary>
        public List<DeclaredProperty> Properties { get; } = new();

        /// <summary>The properties with their C# names; only for schemas that have a record of their own.</summary>
        public List<PropertyModel>? NamedProperties { get; set; }

        public TypeRef? Base { get; set; }

        /// <summary>How many bases are above it (0 when it derives from none).</summary>
        public int Depth { get; set; }

        public int Inherited { get; set; }

        public AdditionalPropertiesKind Additional { get; set; }

        public TypeRef? AdditionalType { get; set; }

        /// <summary>Another record can derive from this one: it allows undeclared properties of any type, and nothing closes it.</summary>
        public bool Open { get; set; }

        /// <summary>
        /// The properties it evaluates (in the sense of <c>unevaluatedProperties</c>) are exactly those it declares: no
        /// keyword beside them evaluates more. Then <c>unevaluatedProperties: false</c> forbids every other property.
        /// </summary>
        public bool Exact { get; set; }

        /// <summary>Every name some part requires, also names declared elsewhere (another branch may declare them).</summary>
        public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

        /// <summary>The <c>required</c> entries written in this schema and its inline branches, for SCH008.</summary>
        public List<(LocationInfo At, string Name)> LocalRequired { get; } = new();

        public List<DiagnosticInfo> Diagnostics { get; } = new();
    }

    /// <summary>A branch whose properties join the record.</summary>
    private sealed record Source(int Index, JsonNode Branch, SchemaLocation Target, ComposedRecord Record)
    {
        /// <summary>The branch is a reference (<c>{"$ref": …}</c>), not an inline schema.</summary>
        public bool IsReference => SchemaKeywords.HasRef(Branch);
    }
}
