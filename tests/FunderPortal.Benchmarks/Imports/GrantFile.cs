using System.Globalization;
using System.Text;

namespace FunderPortal.Benchmarks.Imports;

/// <summary>
/// A funder's 360Giving JSON package of many grants, as a grants management system exports it: grants spread over
/// fewer recipients (a funder grants most charities more than once), the first of them on the portal, one in ten with
/// a contact address.
/// </summary>
internal static class GrantFile
{
    public const string FunderOrgId = "GB-GOR-BENCH1";

    public static string RecipientOrgId(int recipient) => $"GB-CHC-{7_000_000 + recipient}";

    public static byte[] Package(int grants, int recipients)
    {
        var json = new StringBuilder("{\"grants\":[");
        for (var i = 1; i <= grants; i++)
        {
            var recipient = i % recipients;
            var award = new DateOnly(2015, 1, 1).AddDays(i % 3_650);
            var pounds = (1_000 + (i * 37 % 99_000)).ToString(CultureInfo.InvariantCulture) + (i % 4 == 0 ? ".50" : "");
            var email = recipient % 10 == 0 ? $",\"email\":\"office{recipient}@example.org\"" : "";
            if (i > 1)
                json.Append(',');
            json.Append(CultureInfo.InvariantCulture, $$"""
                {"id":"360G-oldbench-{{i}}","title":"Grant {{i}}","description":"Towards the work of recipient {{recipient}}","currency":"GBP",
                 "amountAwarded":{{pounds}},"awardDate":"{{award:yyyy-MM-dd}}","plannedDates":[{"startDate":"{{award:yyyy-MM-dd}}","endDate":"{{award.AddYears(2):yyyy-MM-dd}}"}],
                 "recipientOrganization":[{"id":"{{RecipientOrgId(recipient)}}","name":"Recipient {{recipient}}"{{email}}}],
                 "fundingOrganization":[{"id":"{{FunderOrgId}}","name":"Bench Trust"}],
                 "grantProgramme":[{"code":"P{{i % 5}}","title":"Programme {{i % 5}}"}]}
                """);
        }
        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }
}
