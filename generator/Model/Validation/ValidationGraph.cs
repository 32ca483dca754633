using System;
using System.Collections.Generic;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>The validation slice of one document (see <see cref="ValidationSlice"/>).</summary>
internal sealed record DocumentValidation(string Path, ValidationSlice Slice);

/// <summary>What validation needs from the whole graph, per document: sites, resolved references, extra targets.</summary>
internal sealed class ValidationGraph : IEquatable<ValidationGraph>
{
    public static readonly ValidationGraph Empty = new(EquatableArray<DocumentValidation>.Empty);

    private Dictionary<string, ValidationSlice>? _byPath;

    public ValidationGraph(EquatableArray<DocumentValidation> documents) => Documents = documents;

    public EquatableArray<DocumentValidation> Documents { get; }

    public ValidationSlice SliceFor(string path)
    {
        var byPath = _byPath;
        if (byPath is null)
        {
            byPath = new Dictionary<string, ValidationSlice>(StringComparer.Ordinal);
            foreach (var document in Documents)
            {
                byPath[document.Path] = document.Slice;
            }

            _byPath = byPath;
        }

        return byPath.TryGetValue(path, out var slice) ? slice : ValidationSlice.Empty;
    }

    public bool Equals(ValidationGraph? other) => other is not null && Documents.Equals(other.Documents);

    public override bool Equals(object? obj) => Equals(obj as ValidationGraph);

    public override int GetHashCode() => Documents.GetHashCode();
}
