using FunderPortal.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    /// <summary>How this silo sends mail (the host always sets it; a silo without it cannot email a link).</summary>
    private MailSettings Mail => ServiceProvider.GetService<MailSettings>()
        ?? throw new InvalidOperationException("This silo has no mail settings, so no link can be emailed.");
}
