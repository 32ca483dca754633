using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>The validation code planned for one document, plus what went wrong there (invalid patterns, SCH007).</summary>
internal sealed record ValidationDocumentModel(EquatableArray<ValidatorModel> Validators, EquatableArray<DiagnosticInfo> Diagnostics);
