using FunderPortal.Common;
using FunderPortal.Web.Resources;

namespace FunderPortal.Web.Common;

/// <summary>
/// A form's errors, keyed by the same field names the grains use (the API's JSON names), so each message is shown
/// beside its field and tied to it with aria-describedby. The domain's messages are English; each is shown in the
/// request's language where Messages.cy.resx has it. <see cref="Prefix"/> keeps ids unique when a page has several forms.
/// </summary>
public sealed class FormErrors(string prefix)
{
    private readonly Dictionary<string, string[]> _fields = new(StringComparer.Ordinal);
    private readonly List<string> _general = [];

    public string Prefix { get; } = prefix;

    public bool Any => _fields.Count > 0 || _general.Count > 0;

    public IReadOnlyList<string> General => _general;

    public IReadOnlyDictionary<string, string[]> Fields => _fields;

    /// <summary>The domain's errors by field, each in the request's language where it has a Welsh one (<see cref="Messages"/>).</summary>
    public void Add(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            _fields[field] = [.. messages.Select(Messages.Of)];
    }

    /// <summary>A message for a field: the page's own (already in the request's language), or a domain message, translated here.</summary>
    public void Add(string field, string message) => _fields[field] = [.. For(field), Messages.Of(message)];

    public void AddGeneral(string message) => _general.Add(Messages.Of(message));

    /// <summary>
    /// True when the change was refused because someone else changed the thing first (<see cref="Refusal.IsStale"/>):
    /// nothing was saved, and the form should show the latest version.
    /// </summary>
    public bool Stale { get; private set; }

    /// <summary>A refusal other than invalid fields, in the words the one table gives pages.</summary>
    public void AddRefusal(Refusal refusal, Exception exception)
    {
        Stale |= refusal.IsStale;
        AddGeneral(refusal.WordsFor(exception));
    }

    public string[] For(string field) => _fields.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>The input's id: fields with the same name in two forms on one page stay distinct.</summary>
    public string Id(string field) => $"{Prefix}-{field.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal)}";

    public string ErrorId(string field) => $"{Id(field)}-error";

    /// <summary>Only when there is an error: an aria-describedby naming no element would itself be an accessibility fault.</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = string.Join(' ', new[] { hintId, For(field).Length > 0 ? ErrorId(field) : null }.Where(i => i is not null));
        return ids.Length > 0 ? ids : null;
    }

    public string? Invalid(string field) => For(field).Length > 0 ? "true" : null;
}
