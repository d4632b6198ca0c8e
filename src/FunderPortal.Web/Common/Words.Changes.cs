using System.Text.RegularExpressions;

namespace FunderPortal.Web.Common;

/// <summary>Words for what the history and the audit record.</summary>
public static partial class Words
{
    /// <summary>
    /// A recorded change by its event's name: "WorkstreamStarted" reads "Workstream started". The words are looked up by
    /// value (Words.cy.resx holds one for each of the charity's events; DynamicKeys.cs lists them from the events' names).
    /// </summary>
    public static string Change(string type) => T(SplitName(type));

    /// <summary>What a funder's member read, as the charity logged it ("journey", "resourcing/lines/…"), in words.</summary>
    public static string Read(string what) => what.Split('?')[0].Split('/') switch
    {
        ["journey"] => what.Contains("asOf=", StringComparison.Ordinal) ? T("The journey map as it was on a past date") : T("The journey map"),
        ["journey", "progress"] => T("Progress between two dates"),
        ["check-ins"] => T("The check-ins"),
        ["check-ins", _] => T("One check-in"),
        ["leadership"] => T("The leadership indicators"),
        ["workstreams", _] => T("One workstream"),
        ["resourcing", "summary"] => T("The resourcing plan in figures"),
        ["resourcing", "lines"] => T("The resourcing plan's lines"),
        ["resourcing", "lines", _] => T("One line of the resourcing plan"),
        ["resourcing", "lines", _, "funding", _] => T("The funding of one plan line"),
        ["evidence"] => T("The evidence shared with funders"),
        ["evidence", _] => T("One evidence item"),
        ["evidence", _, "attachments", _] => T("A file attached to evidence"),
        ["profile"] => T("The charity's profile"),
        _ => what,
    };

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex LowerThenUpper();
}
