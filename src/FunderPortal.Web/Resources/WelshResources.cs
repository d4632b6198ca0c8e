using System.Globalization;
using System.Resources;

namespace FunderPortal.Web.Resources;

/// <summary>
/// One area's Welsh, read directly for code without a localizer (<c>Words.T</c>, <see cref="Messages"/>). Read as the one
/// set it is: a ResourceManager asked for a key the Welsh lacks would fall back to neutral resources, which the portal has
/// none of (English is the text in the code), and throw.
/// </summary>
public static class WelshResources
{
    /// <summary>The Welsh set of the area named <paramref name="baseName"/> (e.g. <c>FunderPortal.Web.Resources.Words</c>); null when there is none.</summary>
    public static ResourceSet? Of(string baseName, System.Reflection.Assembly? assembly = null)
    {
        var manager = new ResourceManager(baseName, assembly ?? typeof(WelshResources).Assembly);
        try
        {
            return manager.GetResourceSet(CultureInfo.GetCultureInfo("cy"), createIfNotExists: true, tryParents: false);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }
}
