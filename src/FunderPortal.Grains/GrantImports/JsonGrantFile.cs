using System.Text.Json;
using FunderPortal.Funders;

namespace FunderPortal.GrantImports;

/// <summary>
/// A 360Giving JSON data package (<c>{"grants":[…]}</c>): each grant's fields as the standard names them, the first of
/// each list the portal keeps one of. Numbers are kept as their exact JSON text, so money is never a binary fraction.
/// </summary>
internal static class JsonGrantFile
{
    private const string NotAPackage = "Not a 360Giving JSON package: it should be an object with a \"grants\" list, as 360Giving publishes them.";

    public static GrantFile Read(Stream content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            return GrantFile.Unreadable("file", $"Not JSON that can be read (near line {e.LineNumber + 1}): {NotAPackage}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("grants", out var grants) || grants.ValueKind != JsonValueKind.Array)
            {
                return GrantFile.Unreadable("grants", NotAPackage);
            }
            if (grants.GetArrayLength() > GrantImportLimits.MaxRows)
                return GrantFile.Unreadable("grants", GrantFile.TooMany);
            if (grants.GetArrayLength() == 0)
                return GrantFile.Unreadable("grants", "The package holds no grants.");
            List<GrantImportRow> rows = [];
            var number = 0;
            foreach (var grant in grants.EnumerateArray())
                rows.Add(new GrantImportRow(++number, grant.ValueKind == JsonValueKind.Object ? Fields(grant) : new Dictionary<GrantField, string>()));
            return new GrantFile(rows, []);
        }
    }

    private static Dictionary<GrantField, string> Fields(JsonElement grant)
    {
        var values = new Dictionary<GrantField, string>();
        void Take(GrantField field, JsonElement parent, string name)
        {
            if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && Text(value) is { } text)
                values[field] = text;
        }
        Take(GrantField.Identifier, grant, "id");
        Take(GrantField.Title, grant, "title");
        Take(GrantField.Description, grant, "description");
        Take(GrantField.Currency, grant, "currency");
        Take(GrantField.AmountAwarded, grant, "amountAwarded");
        Take(GrantField.AwardDate, grant, "awardDate");
        var planned = First(grant, "plannedDates");
        Take(GrantField.PlannedStartDate, planned, "startDate");
        Take(GrantField.PlannedEndDate, planned, "endDate");
        Take(GrantField.PlannedDuration, planned, "duration");
        var recipient = First(grant, "recipientOrganization");
        Take(GrantField.RecipientOrgId, recipient, "id");
        Take(GrantField.RecipientOrgName, recipient, "name");
        Take(GrantField.RecipientOrgEmail, recipient, "email");
        var funder = First(grant, "fundingOrganization");
        Take(GrantField.FundingOrgId, funder, "id");
        Take(GrantField.FundingOrgName, funder, "name");
        var programme = First(grant, "grantProgramme");
        Take(GrantField.ProgrammeCode, programme, "code");
        Take(GrantField.ProgrammeTitle, programme, "title");
        // Of a grant's classifications, the one in the portal's grant-type vocabulary (the others are not the portal's).
        if (grant.TryGetProperty("classifications", out var classifications) && classifications.ValueKind == JsonValueKind.Array)
        {
            foreach (var c in classifications.EnumerateArray())
            {
                if (c.ValueKind == JsonValueKind.Object && c.TryGetProperty("vocabulary", out var v) && Text(v) is { } vocabulary
                    && vocabulary.Equals(OpenGrantIds.GrantTypeVocabulary, StringComparison.OrdinalIgnoreCase))
                {
                    Take(GrantField.ClassificationVocabulary, c, "vocabulary");
                    Take(GrantField.ClassificationCode, c, "code");
                    break;
                }
            }
        }
        return values;
    }

    private static JsonElement First(JsonElement grant, string name) =>
        grant.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 ? list[0] : default;

    /// <summary>A string as it is, a number as its exact JSON text; anything else (objects, lists, null) is not a value here.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };
}
