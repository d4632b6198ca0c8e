using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Web.Resources;
using Microsoft.AspNetCore.Components;

namespace FunderPortal.Web.Common;

/// <summary>
/// What every page shares: the request (static SSR), the grains, and the signed-in person's subject. Pages call the
/// same grain methods the API calls; a refusal from a grain becomes the page's message and status code, both from the
/// table the API answers by (<see cref="RefusalTable"/>); its words are shown in the request's language where the domain's
/// message has a Welsh one (<see cref="Messages"/>).
/// </summary>
public abstract class PortalPage : ComponentBase
{
    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;

    [Inject] protected IGrainFactory Grains { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>The signed-in person's subject, as the API takes it from a bearer token.</summary>
    protected string Subject => HttpContext.User.Subject();

    protected bool SignedIn => HttpContext.User.Identity?.IsAuthenticated == true;

    /// <summary>Set when a grain refused to show the page: shown instead of it.</summary>
    protected string? Refusal { get; private set; }

    /// <summary>A read the page cannot do without; a refusal (not found, not allowed) replaces the page.</summary>
    protected async Task<T?> ReadAsync<T>(Func<Task<T>> read) where T : class
    {
        try
        {
            return await read();
        }
        catch (PortalException e)
        {
            Refuse(e);
            return null;
        }
    }

    /// <summary>Where the refusal sends the person instead of the home page (a page they may see), with its words.</summary>
    protected (string Url, string Text)? RefusalLink { get; set; }

    /// <summary>
    /// A read on a charity's page for its members only. Someone the charity shares with (a funder's member) is told the
    /// part is not shared with them and sent to what is, instead of "not found".
    /// </summary>
    protected async Task<T?> ReadMembersOnlyAsync<T>(string charityOrgId, Func<Task<T>> read) where T : class
    {
        try
        {
            return await read();
        }
        catch (NotFoundException e)
        {
            if (await TryReadAsync(() => Grains.GetGrain<ICharityGrain>(charityOrgId).GetProfileAsync(Subject)) is not { } profile)
            {
                Refuse(e);
                return null;
            }
            Refuse(new ForbiddenException(Words.T("This part of {0}'s map is for the charity's own members: it is not shared with you.", profile.Name)));
            RefusalLink = CharityTabs.FirstUrl(charityOrgId, await CharityAccessAsync(charityOrgId)) is { } url
                ? (url, Words.T("See what {0} shares with you", profile.Name))
                : null;
            return null;
        }
        catch (PortalException e)
        {
            Refuse(e);
            return null;
        }
    }

    /// <summary>What the signed-in person may read of a charity (null: nothing): which tabs and which controls they see.</summary>
    protected Task<YourCharityAccess?> CharityAccessAsync(string charityOrgId) =>
        TryReadAsync(() => Grains.Charity(charityOrgId).GetYourAccessAsync(Subject));

    /// <summary>
    /// A page that is there only to change the charity (a form and nothing else to read): anyone but an editor is told so,
    /// and sent to a page of the charity they may open. False when refused.
    /// </summary>
    /// <param name="what">
    /// What only editors may do, in English words: "change a workstream". Pass it as a literal (or as the page's own
    /// <c>L["…"]</c>): it is looked up in Words.cy.resx, whose entries for it DynamicKeys.cs finds by reading the calls.
    /// </param>
    protected async Task<bool> RequireCharityEditorAsync(string charityOrgId, string what)
    {
        var access = await CharityAccessAsync(charityOrgId);
        if (access is null)
        {
            Refuse(CharityAccess.NotFound());
            return false;
        }
        if (access.IsEditor)
            return true;
        Refuse(new ForbiddenException(Words.T("Only the charity's editors can {0}; you can read the charity's map but not change it.", Words.T(what))));
        RefusalLink = CharityTabs.FirstUrl(charityOrgId, access) is { } url ? (url, Words.T("See what you can read")) : null;
        return false;
    }

    /// <summary>A read the page can do without (a part only some people may see): null when refused.</summary>
    protected static async Task<T?> TryReadAsync<T>(Func<Task<T>> read) where T : class
    {
        try
        {
            return await read();
        }
        catch (PortalException)
        {
            return null;
        }
    }

    /// <summary>
    /// A change from a form: validation errors go to the form's fields, other refusals to its summary. The page is shown
    /// again with them (status 200, so an enhanced form shows it in place). A form made stale by someone else's change
    /// (the API's 412) is marked so in <paramref name="errors"/>, for the form to show the latest version.
    /// </summary>
    protected static async Task<bool> WriteAsync(FormErrors errors, Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (DomainValidationException e)
        {
            errors.Add(e.Errors);
            return false;
        }
        catch (PortalException e)
        {
            errors.AddRefusal(RefusalTable.For(e), e);
            return false;
        }
    }

    /// <summary>
    /// A read over a period of days asked for in the query: dates the grain refuses (400) are shown on the period's form
    /// (<paramref name="errors"/>) and the read is done again for its default period, so the page still shows something.
    /// </summary>
    protected static async Task<T> ForPeriodAsync<T>(FormErrors errors, DateOnly? from, DateOnly? to, Func<DateOnly?, DateOnly?, Task<T>> read)
    {
        try
        {
            return await read(from, to);
        }
        catch (DomainValidationException e)
        {
            errors.Add(e.Errors);
            return await read(null, null);
        }
    }

    /// <summary>End of the chosen day (UTC): "as it was on 3 May" includes everything recorded on 3 May.</summary>
    protected static DateTimeOffset EndOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    protected DateOnly Today => HttpContext.RequestServices.GetRequiredService<IClock>().Today();

    protected void Refuse(PortalException e)
    {
        var refusal = RefusalTable.For(e);
        Refusal = Messages.Of(refusal.WordsFor(e));
        // Blazor sends a 404 set by hand without a body: not found goes through the router's not-found page instead.
        // Its words stay general on purpose, as the grains' do: "not found" also means "not yours to see".
        if (e is NotFoundException)
        {
            Navigation.NotFound();
            return;
        }
        HttpContext.Response.StatusCode = refusal.Status;
        // The page explains itself: the API's problem+json for empty error answers is not for browsers.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusCodePages)
            statusCodePages.Enabled = false;
    }
}
