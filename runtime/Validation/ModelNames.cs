using System.ComponentModel;

namespace Schemata;

/// <summary>
/// The declared names of a generated record, for the <see cref="ObjectShape"/> of its own schema (not meant to be used
/// directly): when validation checks the same names that the record's reader numbers, it shares the reader's table
/// instead of writing the names a second time.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ModelNames
{
    /// <summary>The table of <typeparamref name="T"/>'s declared JSON names.</summary>
    public static PropertyNameTable Of<T>()
        where T : IJsonObjectModel<T>
        => T.JsonNames;
}
