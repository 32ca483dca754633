using System;
using System.Collections.Generic;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>The validation slice of one document (see <see cref="DocumentValidationGraph"/>).</summary>
internal sealed record DocumentValidation(string Path, DocumentValidationGraph Graph);

/// <summary>What validation needs from the whole graph, per document: validation classes, resolved references, extra targets.</summary>
internal sealed class ValidationGraph : IEquatable<ValidationGraph>
{
    public static readonly ValidationGraph Empty = new(EquatableArray<DocumentValidation>.Empty);

    private Dictionary<string, DocumentValidationGraph>? _byPath;

    public ValidationGraph(EquatableArray<DocumentValidation> documents) => Documents = documents;

    public EquatableArray<DocumentValidation> Documents { get; }

    public DocumentValidationGraph ForDocument(string path)
    {
        var byPath = _byPath;
        if (byPath is null)
        {
            byPath = new Dictionary<string, DocumentValidationGraph>(StringComparer.Ordinal);
            foreach (var document in Documents)
            {
                byPath[document.Path] = document.Graph;
            }

            _byPath = byPath;
        }

        return byPath.TryGetValue(path, out var slice) ? slice : DocumentValidationGraph.Empty;
    }

    public bool Equals(ValidationGraph? other) => other is not null && Documents.Equals(other.Documents);

    public override bool Equals(object? obj) => Equals(obj as ValidationGraph);

    public override int GetHashCode() => Documents.GetHashCode();
}
