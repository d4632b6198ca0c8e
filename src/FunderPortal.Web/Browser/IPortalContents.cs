namespace FunderPortal.Web.Browser;

/// <summary>Whether the portal holds anything yet (the host answers from its event store); the demo loads only into an empty one.</summary>
public interface IPortalContents
{
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);
}
