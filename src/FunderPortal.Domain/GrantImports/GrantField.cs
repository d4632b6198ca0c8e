namespace FunderPortal.GrantImports;

/// <summary>The fields of a 360Giving grant the import reads; every other field of the standard is left as it is in the file.</summary>
public enum GrantField
{
    Identifier,
    Title,
    Description,
    Currency,
    AmountAwarded,
    AwardDate,
    PlannedStartDate,
    PlannedEndDate,
    PlannedDuration,
    RecipientOrgId,
    RecipientOrgName,
    RecipientOrgEmail,
    FundingOrgId,
    FundingOrgName,
    ProgrammeCode,
    ProgrammeTitle,
    ClassificationVocabulary,
    ClassificationCode,
}

/// <summary>
/// How each field is named in each kind of file: its JSON path in a package (the first of a list, as the portal keeps
/// one recipient, one funder, one programme and one set of planned dates), and its column title in a sheet, as the
/// 360Giving spreadsheet template writes it (the schema's titles joined by a colon).
/// </summary>
public static class GrantFields
{
    private static readonly Dictionary<GrantField, (string Json, string Column)> Names = new()
    {
        [GrantField.Identifier] = ("id", "Identifier"),
        [GrantField.Title] = ("title", "Title"),
        [GrantField.Description] = ("description", "Description"),
        [GrantField.Currency] = ("currency", "Currency"),
        [GrantField.AmountAwarded] = ("amountAwarded", "Amount Awarded"),
        [GrantField.AwardDate] = ("awardDate", "Award Date"),
        [GrantField.PlannedStartDate] = ("plannedDates[0].startDate", "Planned Dates:Start Date"),
        [GrantField.PlannedEndDate] = ("plannedDates[0].endDate", "Planned Dates:End Date"),
        [GrantField.PlannedDuration] = ("plannedDates[0].duration", "Planned Dates:Duration (months)"),
        [GrantField.RecipientOrgId] = ("recipientOrganization[0].id", "Recipient Org:Identifier"),
        [GrantField.RecipientOrgName] = ("recipientOrganization[0].name", "Recipient Org:Name"),
        [GrantField.RecipientOrgEmail] = ("recipientOrganization[0].email", "Recipient Org:Email"),
        [GrantField.FundingOrgId] = ("fundingOrganization[0].id", "Funding Org:Identifier"),
        [GrantField.FundingOrgName] = ("fundingOrganization[0].name", "Funding Org:Name"),
        [GrantField.ProgrammeCode] = ("grantProgramme[0].code", "Grant Programme:Code"),
        [GrantField.ProgrammeTitle] = ("grantProgramme[0].title", "Grant Programme:Title"),
        [GrantField.ClassificationVocabulary] = ("classifications[0].vocabulary", "Classifications:Vocabulary"),
        [GrantField.ClassificationCode] = ("classifications[0].code", "Classifications:Code"),
    };

    private static readonly Dictionary<string, GrantField> ByColumn =
        Names.ToDictionary(n => Normalise(n.Value.Column), n => n.Key, StringComparer.Ordinal);

    /// <summary>What a problem names: the JSON path in a package, the column title in a sheet.</summary>
    public static string NameIn(GrantField field, GrantImportFormat format) =>
        format == GrantImportFormat.Json ? Names[field].Json : Names[field].Column;

    public static string ColumnTitle(GrantField field) => Names[field].Column;

    /// <summary>
    /// The field a sheet's column title stands for, or null for a column the import does not read. Titles match whatever
    /// their case and spacing, and with or without a space after the colon ("Recipient Org: Identifier").
    /// </summary>
    public static GrantField? ForColumn(string? title) =>
        title is not null && ByColumn.TryGetValue(Normalise(title), out var field) ? field : null;

    /// <summary>The fields a sheet cannot do without (the standard's required fields, less what the portal can fill in).</summary>
    public static IReadOnlyList<GrantField> RequiredColumns { get; } =
        [GrantField.Identifier, GrantField.Title, GrantField.AmountAwarded, GrantField.AwardDate, GrantField.RecipientOrgId, GrantField.RecipientOrgName];

    private static string Normalise(string title) =>
        string.Join(':', title.Trim().TrimStart('\uFEFF').Split(':').Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .ToLowerInvariant();
}
