using System.Globalization;
using System.Text.RegularExpressions;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Notifications;

namespace FunderPortal.GrantImports;

/// <summary>
/// The rules one row of a 360Giving file must meet to become a grant, as pure functions: each field read exactly (money as
/// whole pence from the decimal text, never through a binary fraction; dates as written), and every problem named by its
/// row and field in plain words. What needs the funder (a grant already there, a programme to find) is decided by
/// <see cref="FunderDecisions.ImportGrants"/>.
/// </summary>
public static partial class GrantImportRules
{
    /// <summary>A row's verdict: the grant it makes (null when refused), the recipient's address if the file gives one, and every problem.</summary>
    public sealed record RowCheck(ImportedGrant? Grant, string? RecipientEmail, IReadOnlyList<GrantImportProblem> Problems);

    public const string NotANumber = "Write the amount as a number of pounds, such as 12500 or 12500.50, without £ or commas.";

    public static RowCheck Check(GrantImportRow row, string funderOrgId, GrantImportFormat format, DateOnly today)
    {
        var problems = new List<GrantImportProblem>();
        void Problem(GrantField field, string message) => problems.Add(new(row.Row, GrantFields.NameIn(field, format), message));

        var id = row[GrantField.Identifier];
        if (id is null)
            Problem(GrantField.Identifier, "Required: the grant's 360Giving identifier, such as 360G-hopetrust-123.");
        else if (id.Length > GrantImportLimits.MaxIdentifier)
            Problem(GrantField.Identifier, $"At most {GrantImportLimits.MaxIdentifier} characters.");
        else if (!id.StartsWith("360G-", StringComparison.OrdinalIgnoreCase) || id.Any(char.IsWhiteSpace) || id.Any(char.IsControl))
            Problem(GrantField.Identifier, "A 360Giving identifier starts with the prefix 360Giving gave the funder and has no spaces, such as 360G-hopetrust-123.");

        var title = Text(row, GrantField.Title, Limits.Title, Problem);
        var description = Text(row, GrantField.Description, Limits.ShortText, Problem);

        var currency = row[GrantField.Currency];
        if (currency is not null && !currency.Equals("GBP", StringComparison.OrdinalIgnoreCase))
            Problem(GrantField.Currency, $"The portal keeps grants in pounds sterling (GBP) only; this one is in {currency}.");

        long? pence = null;
        if (row[GrantField.AmountAwarded] is not { } amount)
            Problem(GrantField.AmountAwarded, "Required: the amount awarded in pounds, such as 12500.");
        else if (ParsePence(amount) is { Problem: { } wrong })
            Problem(GrantField.AmountAwarded, wrong);
        else
            pence = ParsePence(amount).Pence;

        DateOnly? awardDate = null;
        if (row[GrantField.AwardDate] is not { } awarded)
            Problem(GrantField.AwardDate, "Required: the date the grant was awarded, as YYYY-MM-DD.");
        else if (ParseDate(awarded) is not { } award)
            Problem(GrantField.AwardDate, "Write dates as YYYY-MM-DD, such as 2025-03-31.");
        else if (!InRange(award))
            Problem(GrantField.AwardDate, OutOfRange);
        else if (award > today)
            Problem(GrantField.AwardDate, "The award date is when the grant was decided: not a date still to come.");
        else
            awardDate = award;

        var (start, end) = PlannedDates(row, awardDate, Problem);

        var recipientId = row[GrantField.RecipientOrgId];
        if (recipientId is null)
            Problem(GrantField.RecipientOrgId, "Required: the recipient's org-id, such as GB-CHC-1234567 (the portal keeps grants to organisations only).");
        else if (!IsRecipientId(recipientId))
            Problem(GrantField.RecipientOrgId, "Not an org-id: use the recipient's org-id such as GB-CHC-1234567, or the funder's own 360G- identifier for it.");
        var recipientName = Text(row, GrantField.RecipientOrgName, Limits.Name, Problem);

        if (row[GrantField.FundingOrgId] is { } funder && !funder.Equals(funderOrgId, StringComparison.OrdinalIgnoreCase))
            Problem(GrantField.FundingOrgId, $"This grant was made by {funder}, not by this funder ({funderOrgId}).");

        var programmeCode = row[GrantField.ProgrammeCode];
        var programmeTitle = row[GrantField.ProgrammeTitle] ?? programmeCode;
        if (programmeTitle is { Length: > Limits.Title })
            Problem(GrantField.ProgrammeTitle, $"At most {Limits.Title} characters.");
        if (programmeCode is { Length: > Limits.Id })
            Problem(GrantField.ProgrammeCode, $"At most {Limits.Id} characters.");

        var type = GrantTypeOf(row, Problem);

        var email = row[GrantField.RecipientOrgEmail] is { } address && PreferenceRules.IsAddress(address) ? address : null;
        if (problems.Count > 0)
            return new RowCheck(null, email, problems);
        return new RowCheck(
            new ImportedGrant(row.Row, id!, recipientId!, recipientName!, title!, description!, pence!.Value, awardDate!.Value, start!.Value, end!.Value,
                type, programmeCode, programmeTitle),
            email, problems);
    }

    /// <summary>
    /// Whole pence from a decimal text of pounds, exactly: "1234.5" is 123450, "1234.567" is refused (no fraction of a
    /// penny), as are "£1,234", nothing, a negative amount and more than £100m. A JSON exponent ("1.25E4") is a number too.
    /// </summary>
    public static (long? Pence, string? Problem) ParsePence(string text)
    {
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var pounds))
        {
            return (null, NotANumber);
        }
        var pence = pounds * 100m;
        if (pence != decimal.Truncate(pence))
            return (null, "Pounds and pence: at most two decimal places.");
        if (pence <= 0)
            return (null, "Must be more than nothing.");
        if (pence > FunderLimits.MaxGrantPence)
            return (null, "At most £100,000,000.");
        return ((long)pence, null);
    }

    /// <summary>A date as the standard writes it: YYYY-MM-DD, or a full date-time (its date as written, whatever its offset).</summary>
    public static DateOnly? ParseDate(string text)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        return text.Length > 10 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var written)
            && instant != default
            ? written
            : null;
    }

    /// <summary>
    /// A planned date, which the standard lets leave out the day or the month ("2025-04", "2025"): the first day of that
    /// month or year for a start, the last for an end.
    /// </summary>
    public static DateOnly? ParsePlannedDate(string text, bool isEnd)
    {
        if (ParseDate(text) is { } date)
            return date;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return isEnd ? month.AddMonths(1).AddDays(-1) : month;
        if (YearPattern().IsMatch(text) && int.Parse(text, CultureInfo.InvariantCulture) is >= 1 and <= 9999 and var year)
            return isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        return null;
    }

    /// <summary>Whom a grant can be recorded for: a portal org-id (GB-CHC-1234567), or a funder's own 360G- identifier for an organisation without one.</summary>
    public static bool IsRecipientId(string value) =>
        value.Length <= GrantImportLimits.MaxRecipientId && (OrgId.IsValid(value) || FunderIssuedIdPattern().IsMatch(value));

    /// <summary>
    /// Remembers each identifier's first row in <paramref name="firstRows"/>; a later row with the same identifier is a
    /// problem (the first is imported, the later is not).
    /// </summary>
    public static GrantImportProblem? Repeated(IDictionary<string, int> firstRows, ImportedGrant grant, GrantImportFormat format)
    {
        if (firstRows.TryGetValue(grant.OpenGrantId, out var first))
        {
            return new GrantImportProblem(grant.Row, GrantFields.NameIn(GrantField.Identifier, format),
                $"The same identifier as row {first}: each grant is imported once, from its first row.");
        }
        firstRows[grant.OpenGrantId] = grant.Row;
        return null;
    }

    /// <summary>The columns a sheet must have, each missing one a problem on the title row (row 1).</summary>
    public static IReadOnlyList<GrantImportProblem> MissingColumns(IEnumerable<GrantField> present)
    {
        var have = present.ToHashSet();
        return [.. GrantFields.RequiredColumns.Where(f => !have.Contains(f))
            .Select(f => new GrantImportProblem(1, GrantFields.ColumnTitle(f), $"No column titled \"{GrantFields.ColumnTitle(f)}\": the 360Giving column titles are needed in the first row."))];
    }

    private const string OutOfRange = "A date between 2000-01-01 and 2100-12-31.";

    private static bool InRange(DateOnly date) => date >= Limits.EarliestDate && date <= Limits.LatestDate;

    private static string? Text(GrantImportRow row, GrantField field, int max, Action<GrantField, string> problem)
    {
        var text = row[field];
        if (text is null)
            problem(field, "Required: write at least one character.");
        else if (text.Length > max)
            problem(field, $"At most {max:N0} characters.");
        return text;
    }

    /// <summary>
    /// The planned start and end. Without either, the grant takes its award date; a start without an end ends after its
    /// duration in months (when given) or on the day it starts; an end without a start starts on the award date.
    /// </summary>
    private static (DateOnly? Start, DateOnly? End) PlannedDates(GrantImportRow row, DateOnly? awardDate, Action<GrantField, string> problem)
    {
        var ok = true;
        DateOnly? Read(GrantField field, bool isEnd)
        {
            if (row[field] is not { } text)
                return null;
            if (ParsePlannedDate(text, isEnd) is not { } date)
                problem(field, "Write dates as YYYY-MM-DD, such as 2025-03-31.");
            else if (!InRange(date))
                problem(field, OutOfRange);
            else
                return date;
            ok = false;
            return null;
        }
        var start = Read(GrantField.PlannedStartDate, isEnd: false);
        var end = Read(GrantField.PlannedEndDate, isEnd: true);
        int? months = null;
        if (row[GrantField.PlannedDuration] is { } duration)
        {
            if (decimal.TryParse(duration, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d <= 1200)
                months = (int)d;
            else
            {
                problem(GrantField.PlannedDuration, "A whole number of months, such as 12.");
                ok = false;
            }
        }
        if (!ok || awardDate is not { } award)
            return (null, null);

        start ??= end is { } e && e < award ? null : award;
        if (start is null)
        {
            problem(GrantField.PlannedStartDate, "Required when the planned end is before the award date.");
            return (null, null);
        }
        end ??= months is > 0 ? start.Value.AddMonths(months.Value).AddDays(-1) : start;
        if (end < start)
        {
            problem(GrantField.PlannedEndDate, "Must not be before the planned start.");
            return (null, null);
        }
        return (start, end);
    }

    /// <summary>
    /// The portal's grant type, from a classification in its own vocabulary (as its 360Giving export writes it, so a package
    /// it made comes back as it was); <see cref="GrantType.Project"/> when the file gives none.
    /// </summary>
    private static GrantType GrantTypeOf(GrantImportRow row, Action<GrantField, string> problem)
    {
        if (!string.Equals(row[GrantField.ClassificationVocabulary], OpenGrantIds.GrantTypeVocabulary, StringComparison.OrdinalIgnoreCase))
            return GrantType.Project;
        var code = row[GrantField.ClassificationCode];
        if (code is not null && Enum.TryParse<GrantType>(code, ignoreCase: true, out var type) && Enum.IsDefined(type) && !char.IsDigit(code[0]))
            return type;
        problem(GrantField.ClassificationCode, $"A grant type is one of {string.Join(", ", Enum.GetNames<GrantType>())}.");
        return GrantType.Project;
    }

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex("^360G-[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex FunderIssuedIdPattern();
}
