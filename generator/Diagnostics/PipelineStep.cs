namespace Schemata.Generator.Diagnostics;

/// <summary>
/// A step of the pipeline that can fail: the name a test's <see cref="FaultInjection"/> knows it by (a step Roslyn
/// tracks has its tracking name, see <c>TrackingNames</c>), and what SCH013 says Schemata was doing ("Schemata failed
/// while {Doing} '{subject}'").
/// </summary>
internal sealed record PipelineStep(string Name, string Doing)
{
    public static readonly PipelineStep Options = new(nameof(Options), "reading the MSBuild options of");
    public static readonly PipelineStep Consumer = new(nameof(Consumer), "inspecting");
    public static readonly PipelineStep SchemaFiles = new(nameof(SchemaFiles), "reading");
    public static readonly PipelineStep ReadSchema = new(nameof(ReadSchema), "reading");
    public static readonly PipelineStep Documents = new(nameof(Documents), "reading");
    public static readonly PipelineStep IndexSchema = new(nameof(IndexSchema), "indexing");
    public static readonly PipelineStep Graph = new(nameof(Graph), "resolving references between");
    public static readonly PipelineStep PlaceGraph = new(nameof(PlaceGraph), "reading the property summaries of");
    public static readonly PipelineStep GraphDiagnostics = new(nameof(GraphDiagnostics), "placing the diagnostics of");
    public static readonly PipelineStep Slice = new(nameof(Slice), "taking the references and names of");
    public static readonly PipelineStep BuildModels = new(nameof(BuildModels), "building the types of");

    // Steps Roslyn does not track: the validation plan (part of BuildModels) and the outputs.
    public static readonly PipelineStep BuildValidators = new(nameof(BuildValidators), "planning the validation of");
    public static readonly PipelineStep EmitType = new(nameof(EmitType), "writing the C# code of");
    public static readonly PipelineStep EmitValidator = new(nameof(EmitValidator), "writing the validation code of");
    public static readonly PipelineStep EmitResolver = new(nameof(EmitResolver), "writing the JSON resolver of");

    /// <summary>Turning a diagnostic into the compiler's own (a descriptor or an argument that does not fit).</summary>
    public static PipelineStep Report(string id) => new(nameof(Report), "reporting " + id + " for");
}

/// <summary>What a step works on: the key a test's fault names it by, the name SCH013 gives it, and where SCH013 points.</summary>
internal sealed record StepSubject(string Key, string Display, LocationInfo? Location)
{
    public static readonly StepSubject Project = new("the project", "the project", null);

    public static readonly StepSubject AllSchemas = new("all schema files", "all schema files", null);

    /// <summary>A schema file, known by its path and shown by its path relative to the project.</summary>
    public static StepSubject File(string path, string displayPath) => new(path, displayPath, new LocationInfo(path, default));
}
