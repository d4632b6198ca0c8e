using System.Text.RegularExpressions;

namespace FunderPortal.Web.Common;

/// <summary>Words for what the history and the audit record.</summary>
public static partial class Words
{
    /// <summary>A recorded change by its event's name: "WorkstreamStarted" reads "Workstream started".</summary>
    public static string Change(string type)
    {
        var words = LowerThenUpper().Replace(type, " ").ToLowerInvariant();
        return words.Length == 0 ? type : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>What a funder's member read, as the charity logged it ("journey", "resourcing/lines/…"), in words.</summary>
    public static string Read(string what) => what.Split('?')[0].Split('/') switch
    {
        ["journey"] => what.Contains("asOf=", StringComparison.Ordinal) ? "The journey map as it was on a past date" : "The journey map",
        ["journey", "progress"] => "Progress between two dates",
        ["check-ins"] => "The check-ins",
        ["check-ins", _] => "One check-in",
        ["leadership"] => "The leadership indicators",
        ["workstreams", _] => "One workstream",
        ["resourcing", "summary"] => "The resourcing plan in figures",
        ["resourcing", "lines"] => "The resourcing plan's lines",
        ["resourcing", "lines", _] => "One line of the resourcing plan",
        ["resourcing", "lines", _, "funding", _] => "The funding of one plan line",
        ["evidence"] => "The evidence shared with funders",
        ["evidence", _] => "One evidence item",
        ["evidence", _, "attachments", _] => "A file attached to evidence",
        ["profile"] => "The charity's profile",
        _ => what,
    };

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex LowerThenUpper();
}
