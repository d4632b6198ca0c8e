using FunderPortal.Rounds;

namespace FunderPortal.Web.Common;

// Words for applications to a round and for a round's public page.
public static partial class Words
{
    public static string Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => T("Draft: only your charity sees it"),
        ApplicationStatus.Submitted => T("Sent"),
        ApplicationStatus.Withdrawn => T("Withdrawn"),
        _ => status.ToString(),
    };

    /// <summary>How the panel judges, in a sentence for the public page.</summary>
    public static string Judging(JudgingMode mode, int topPickCount) => mode switch
    {
        JudgingMode.TopPick => T("Each panellist picks their top {0} applications, best first; the picks are added up.", topPickCount),
        _ => T("Each panellist scores every application against each criterion on their own; the scores are then brought together and discussed."),
    };

    /// <summary>A file's size in KB or MB.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} KB"
        : $"{(bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} MB";
}
