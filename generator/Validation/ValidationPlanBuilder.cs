using System;
using System.Collections.Generic;
using System.Threading;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Validation;

/// <summary>
/// Builds the validation plans of one document: a <see cref="SchemaPlan"/> for every subschema (those the walk
/// reaches and those only references reach), grouped by the validation class that owns them.
/// </summary>
internal sealed partial class ValidationPlanBuilder
{
    /// <summary>Keywords that can make a schema reject something; a schema without any accepts everything.</summary>
    private static readonly HashSet<string> AssertingKeywords = new(StringComparer.Ordinal)
    {
        "type", "enum", "const", "multipleOf", "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "items", "prefixItems", "additionalItems", "contains", "maxItems",
        "minItems", "uniqueItems", "properties", "patternProperties", "additionalProperties", "propertyNames",
        "required", "dependentRequired", "dependentSchemas", "dependencies", "maxProperties", "minProperties",
        "allOf", "anyOf", "oneOf", "not", "if", "$ref", "$dynamicRef", "$recursiveRef", "unevaluatedItems",
        "unevaluatedProperties",
    };

    private readonly SchemaDocument _document;
    private readonly GeneratorOptions _options;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<string, SchemaVisit> _visits = new(StringComparer.Ordinal);
    private readonly List<SchemaVisit> _order = new();
    private readonly List<ValidatorClass> _sites;
    private readonly Dictionary<string, ValidationLink> _links = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dynamicResources = new(StringComparer.Ordinal);
    private readonly Dictionary<ValidatorClass, Owner> _owners = new();
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _elided = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _portable = new(StringComparer.Ordinal);
    private readonly bool _validationVocabulary;
    private readonly bool _formatAssertion;

    private ValidationPlanBuilder(SchemaDocument document, DocumentValidationGraph slice, GeneratorOptions options, List<DiagnosticInfo> diagnostics)
    {
        _document = document;
        _options = options;
        _diagnostics = diagnostics;
        _sites = new List<ValidatorClass>(slice.Validators);
        foreach (var link in slice.Links)
        {
            _links[link.SourcePointer + " " + link.Keyword] = link;
        }

        _referenced.UnionWith(slice.Referenced);

        // A custom metaschema can leave out the validation vocabulary, or add format assertion.
        _validationVocabulary = slice.Vocabularies is not { } vocabularies || HasVocabulary(vocabularies, "validation");
        _formatAssertion = options.FormatAssertion || (slice.Vocabularies is { } listed && HasVocabulary(listed, "format-assertion"));
    }

    private static bool HasVocabulary(EquatableArray<string> vocabularies, string name)
    {
        foreach (var vocabulary in vocabularies)
        {
            if (vocabulary.EndsWith("/vocab/" + name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The validation plans of a document, and the patterns it cannot check (SCH007); none when validation is off.</summary>
    public static Result<EquatableArray<ValidatorModel>> Build(DocumentInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var validators = input.Graph is { } slice && input.Options.Validation
            ? Build(input.Document, slice, input.Options, diagnostics, cancellationToken)
            : EquatableArray<ValidatorModel>.Empty;
        return Result.Of(validators, diagnostics);
    }

    private static EquatableArray<ValidatorModel> Build(SchemaDocument document, DocumentGraph slice, GeneratorOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var validation = slice.Validation;
        if (document.Root is null || validation is null || validation.Validators.IsEmpty)
        {
            return EquatableArray<ValidatorModel>.Empty;
        }

        var builder = new ValidationPlanBuilder(document, validation, options, diagnostics);
        builder.Collect(validation.ExtraTargets);
        foreach (var visit in builder._order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Parents come first, so a subschema whose caller checks it in place is known by now.
            if (!builder._elided.Contains(visit.Pointer) && builder.OwnerOf(visit.Pointer) is { } owner)
            {
                owner.Plans.Add(builder.Plan(visit, owner));
            }
        }

        var enumNames = new Dictionary<SchemaLocation, string>();
        foreach (var site in slice.Types)
        {
            enumNames[site.Location] = site.Name;
        }

        var models = new List<ValidatorModel>();
        foreach (var site in builder._sites)
        {
            if (!builder._owners.TryGetValue(site, out var owner) || owner.Plans.Count == 0 || !builder._visits.TryGetValue(site.Location.Pointer, out var siteVisit))
            {
                continue;
            }

            models.Add(new ValidatorModel
            {
                Kind = site.Kind,
                Namespace = site.Namespace,
                Name = site.Name,
                Accessibility = options.Accessibility,
                SchemaFile = document.DisplayPath,
                Pointer = site.Location.Pointer,
                TypeName = site.Kind == ValidatorKind.EnumCompanion && enumNames.TryGetValue(site.Location, out var enumName) ? enumName : site.Name,
                RootResource = builder._dynamicResources.Contains(siteVisit.BaseUri) ? builder.Portable(siteVisit.BaseUri) : null,
                Schemas = owner.Plans.ToEquatableArray(),
                Regexes = owner.Regexes.ToEquatableArray(),
            });
        }

        return models.ToEquatableArray();
    }

    /// <summary>Every subschema that gets a method: the walk's, then those under reference targets the walk does not reach.</summary>
    private void Collect(EquatableArray<string> extraTargets)
    {
        foreach (var visit in SchemaWalker.Walk(_document))
        {
            Add(visit);
        }

        foreach (var pointer in extraTargets)
        {
            if (_visits.ContainsKey(pointer) || JsonPointer.Navigate(_document.Root!, pointer) is not { } node || Around(pointer) is not { } around)
            {
                continue;
            }

            foreach (var visit in SchemaWalker.WalkFrom(node, pointer, around.BaseUri, around.Dialect))
            {
                Add(visit);
            }
        }

        foreach (var visit in _order)
        {
            if (ValidationLinker.DeclaresDynamicAnchor(visit))
            {
                _dynamicResources.Add(visit.BaseUri);
            }
        }
    }

    private void Add(SchemaVisit visit)
    {
        if (!_visits.ContainsKey(visit.Pointer))
        {
            _visits.Add(visit.Pointer, visit);
            _order.Add(visit);
        }
    }

    /// <summary>The nearest walked schema above <paramref name="pointer"/>.</summary>
    private SchemaVisit? Around(string pointer)
    {
        while (pointer.Length > 0)
        {
            pointer = pointer.Substring(0, pointer.LastIndexOf('/'));
            if (_visits.TryGetValue(pointer, out var visit))
            {
                return visit;
            }
        }

        return null;
    }

    private Owner? OwnerOf(string pointer)
    {
        if (ValidationNames.OwnerOf(_sites, pointer) is not { } site)
        {
            return null;
        }

        if (!_owners.TryGetValue(site, out var owner))
        {
            owner = new Owner(site);
            _owners.Add(site, owner);
        }

        return owner;
    }

    /// <summary>The schema's absolute URI: its resource's URI and the pointer from the resource's root.</summary>
    private string LocationOf(SchemaVisit visit)
    {
        var root = visit.Pointer;
        var probe = visit.Pointer;
        while (true)
        {
            if (_visits.TryGetValue(probe, out var candidate) && candidate.IsResourceRoot && candidate.BaseUri == visit.BaseUri)
            {
                root = probe;
                break;
            }

            if (probe.Length == 0)
            {
                root = string.Empty;
                break;
            }

            probe = probe.Substring(0, probe.LastIndexOf('/'));
        }

        return Portable(visit.BaseUri) + JsonPointer.ToFragment(visit.Pointer.Substring(root.Length));
    }

    /// <summary>
    /// A URI fit for generated code: a file URI (a schema known only by its path) becomes the path relative to the
    /// project, so that no machine's directories end up in the code and builds stay the same everywhere.
    /// </summary>
    private string Portable(string uri)
    {
        if (!uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return uri;
        }

        // Every location of a document shares its base URI: work the relative path out once.
        if (!_portable.TryGetValue(uri, out var portable))
        {
            try
            {
                portable = PathHelpers.Relative(new Uri(uri).LocalPath, _options.ProjectDirectory);
            }
            catch (UriFormatException)
            {
                portable = uri;
            }

            _portable[uri] = portable;
        }

        return portable;
    }

    /// <summary>The call of the subschema under <paramref name="keyword"/> (and <paramref name="key"/>) of <paramref name="parent"/>; null when there is none.</summary>
    private SubschemaCall? Call(SchemaVisit parent, Owner owner, string keyword, string? key = null)
    {
        var pointer = JsonPointer.Append(parent.Pointer, keyword);
        var path = "/" + JsonPointer.Escape(keyword);
        if (key is not null)
        {
            pointer = JsonPointer.Append(pointer, key);
            path += "/" + JsonPointer.Escape(key);
        }

        if (!_visits.TryGetValue(pointer, out var child) || OwnerOf(pointer) is not { } childOwner)
        {
            return null;
        }

        bool? constant = child.Node.Kind switch
        {
            JsonNodeKind.True => true,
            JsonNodeKind.False => false,
            _ => AcceptsEverything(child) ? true : null,
        };
        var enter = !string.Equals(child.BaseUri, parent.BaseUri, StringComparison.Ordinal) && _dynamicResources.Contains(child.BaseUri) ? Portable(child.BaseUri) : null;
        var method = ValidationNames.MethodFor(childOwner.Site, pointer);
        var call = new SubschemaCall(childOwner == owner ? null : method.Class, method.Method, path, constant, enter);
        if (childOwner.Site.Location.Pointer == pointer || _referenced.Contains(pointer) || enter is not null)
        {
            // A type of its own, or a target of references: the method stays.
            return call;
        }

        // Keep the code small: subschemas that accept everything, only check the type, or only refer elsewhere need
        // no method of their own; their caller does the check, or calls the reference's target directly.
        if (constant == true)
        {
            _elided.Add(pointer);
            return call;
        }

        if (child.Node.IsObject && Only(child, "$ref") && _links.TryGetValue(pointer + " $ref", out var link))
        {
            _elided.Add(pointer);
            if (link.Target is not { } target)
            {
                return Accept(path);
            }

            return new SubschemaCall(target.Class == owner.Site.FullName ? null : target.Class, target.Method, path + "/$ref", null,
                link.EnterResource is { } resource ? Portable(resource) : null, Guard: true);
        }

        var open = pointer + "/additionalProperties";
        if (child.Node.IsObject && InlineContexts.Contains(keyword) && Only(child, "type", ValueContexts.Contains(keyword) && !_referenced.Contains(open)) && Types(child.Node, out var hasType) is var types && hasType)
        {
            _elided.Add(pointer);
            _elided.Add(open);
            return call with { Inline = new InlineCheck(types, child.Dialect == SchemaDialect.Draft4, child.Node.GetBoolean("nullable") || child.Node.GetBoolean("x-nullable")) };
        }

        return call;
    }

    /// <summary>Keywords whose subschema's failure fails the parent at once, so a type check can be made in place.</summary>
    private static readonly HashSet<string> InlineContexts = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "additionalProperties", "items", "prefixItems", "additionalItems",
        "unevaluatedItems", "unevaluatedProperties", "allOf", "then", "else", "dependentSchemas", "dependencies",
    };

    /// <summary>
    /// Keywords that apply their subschema to a property's value or an item, not in place: what the subschema evaluates
    /// inside that value is nobody else's concern, so an <c>additionalProperties</c> that allows everything says nothing.
    /// </summary>
    private static readonly HashSet<string> ValueContexts = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "additionalProperties", "items", "prefixItems", "additionalItems",
        "unevaluatedItems", "unevaluatedProperties",
    };

    /// <summary>
    /// Whether <paramref name="keyword"/> is the only keyword of the schema that can reject a value (with
    /// <paramref name="ofValue"/>, besides an <c>additionalProperties</c> of <c>true</c> or <c>{}</c>).
    /// </summary>
    private bool Only(SchemaVisit visit, string keyword, bool ofValue = false)
    {
        var found = false;
        if (visit.Dialect.RefOverridesSiblings() && visit.Node["$ref"] is not null)
        {
            return keyword == "$ref";
        }

        if ((keyword == "type" && !_validationVocabulary)
            || (keyword == "$ref" && (visit.Node.GetBoolean("nullable") || visit.Node.GetBoolean("x-nullable"))))
        {
            // Without the validation vocabulary "type" means nothing; and a nullable reference accepts null first.
            return false;
        }

        foreach (var member in visit.Node.Members)
        {
            if (member.Name == keyword)
            {
                found = true;
            }
            else if (ofValue && member.Name == "additionalProperties"
                && (member.Value.Kind == JsonNodeKind.True || (member.Value.IsObject && member.Value.Members.Count == 0)))
            {
                // Allows every property: checks nothing of a value that nothing outside it looks into.
            }
            else if (AssertingKeywords.Contains(member.Name) || (member.Name == "format" && _formatAssertion)
                || member.Name is "$dynamicRef" or "$recursiveRef")
            {
                return false;
            }
        }

        return found;
    }

    private bool AcceptsEverything(SchemaVisit visit)
    {
        if (!visit.Node.IsObject)
        {
            return visit.Node.Kind == JsonNodeKind.True;
        }

        foreach (var member in visit.Node.Members)
        {
            if (AssertingKeywords.Contains(member.Name) || (member.Name == "format" && _formatAssertion))
            {
                return false;
            }
        }

        return true;
    }

    private void InvalidPattern(SourceSpan span, string pattern, string reason)
        => _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRegex, _document.Path, span, pattern, reason + "; it is not checked"));

    /// <summary>A validation class and what it accumulates: its methods' plans and the patterns they use.</summary>
    private sealed class Owner
    {
        private readonly Dictionary<string, int> _regexIndex = new(StringComparer.Ordinal);

        public Owner(ValidatorClass site) => Site = site;

        public ValidatorClass Site { get; }

        public List<SchemaPlan> Plans { get; } = new();

        public List<string> Regexes { get; } = new();

        public int Regex(string translated)
        {
            if (!_regexIndex.TryGetValue(translated, out var index))
            {
                index = Regexes.Count;
                Regexes.Add(translated);
                _regexIndex.Add(translated, index);
            }

            return index;
        }
    }
}
