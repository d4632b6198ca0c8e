using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>A funder is read and changed by its own members only (<see cref="OrganisationAccess"/>).</summary>
public static class FunderAccess
{
    public static NotFoundException NotFound() => OrganisationAccess.NotFound(FunderEvent.Organisation);
}
