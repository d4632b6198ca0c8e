using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Web.Browser.Conditional;

/// <summary>
/// Marks a charity's page without forms of its own (at <c>/charities/{OrgId}…</c>) whose content is decided by what
/// <see cref="ICharityGrain.GetPageStampAsync"/> names, the signed-in person, the day and the address: it gets an ETag,
/// answers 304 to a browser holding it, and is made once per ETag (<see cref="ConditionalPages"/>). A funder's member's
/// read answered that way is logged as <paramref name="read"/> of <paramref name="scope"/>.
/// </summary>
/// <param name="scope">What a funder's member reads on the page.</param>
/// <param name="read">How the access log names the read: "journey".</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CharityPageETagAttribute(ShareScope scope, string read) : Attribute
{
    public ShareScope Scope { get; } = scope;

    public string Read { get; } = read;

    /// <summary>A query parameter that makes the page another read (a panellist's, logged by the round): no ETag then.</summary>
    public string? NotWith { get; init; }
}
