namespace Schemata.Generator.Diagnostics;

/// <summary>
/// Where a token sits in a schema file: a character span plus zero-based line and column of both ends,
/// which is exactly what Roslyn needs to underline the token in the IDE.
/// </summary>
internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly SourceSpan None = default;
}
