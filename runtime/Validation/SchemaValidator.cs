using System.Text.Json;

namespace Schemata;

/// <summary>A compiled schema: checks <paramref name="instance"/> and reports what fails to <paramref name="context"/>.</summary>
/// <returns>True when the instance is valid.</returns>
public delegate bool SchemaValidator(JsonElement instance, SchemaValidationContext context);
