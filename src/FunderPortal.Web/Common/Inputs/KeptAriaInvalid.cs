using Microsoft.AspNetCore.Components;

namespace FunderPortal.Web.Common.Inputs;

/// <summary>
/// The framework's inputs drop an <c>aria-invalid</c> they are given unless their own validation (the form's
/// <c>EditContext</c>) holds a message for the field; the portal's messages come from the grains' refusals instead
/// (<see cref="FormErrors"/>), so the inputs in this folder keep the one the page gives them. Without it a screen reader
/// is told of the error in the summary but not at the field.
/// </summary>
internal static class KeptAriaInvalid
{
    private const string Name = "aria-invalid";

    /// <summary>The value the page gave (null when none or when it said null: the field is valid).</summary>
    public static object? From(ParameterView parameters) => parameters.TryGetValue<object?>(Name, out var value) ? value : null;

    /// <summary>The attributes to render: the framework's, with the page's <c>aria-invalid</c> put back.</summary>
    public static IReadOnlyDictionary<string, object>? Into(IReadOnlyDictionary<string, object>? attributes, object? ariaInvalid)
    {
        if (ariaInvalid is null || attributes?.ContainsKey(Name) == true)
            return attributes;
        var kept = attributes is null ? new Dictionary<string, object>() : new Dictionary<string, object>(attributes);
        kept[Name] = ariaInvalid;
        return kept;
    }
}
