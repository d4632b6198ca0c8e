using FunderPortal.Funders;
using FunderPortal.GrantImports;

namespace FunderPortal.Domain.Tests.GrantImports;

public sealed class GrantImportRulesTests
{
    [Fact]
    public void AValidRowBecomesAGrantKeepingItsIdentifierWithExactPence()
    {
        var check = GrantRows.Check(GrantRows.Valid(7, (GrantField.RecipientOrgEmail, "office@hopestreet.org")));

        Assert.Empty(check.Problems);
        Assert.Equal(new ImportedGrant(7, "360G-hopetrust-a1", "GB-CHC-1234567", "Hope Street", "Peer support", "Two years of peer support groups",
            1_250_050, new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 1), new DateOnly(2027, 3, 31), GrantType.Project, null, null), check.Grant);
        Assert.Equal("office@hopestreet.org", check.RecipientEmail);
    }

    [Theory]
    [InlineData("12500", 1_250_000L)]
    [InlineData("12500.5", 1_250_050L)]
    [InlineData("12500.50", 1_250_050L)]
    [InlineData("0.01", 1L)]
    [InlineData("1.25E4", 1_250_000L)]
    [InlineData("100000000", 10_000_000_000L)]
    [InlineData("0.1", 10L)] // a binary fraction could not hold it; a decimal does
    public void AmountsArePoundsTakenExactlyToWholePence(string text, long pence) =>
        Assert.Equal(((long?)pence, (string?)null), GrantImportRules.ParsePence(text));

    [Theory]
    [InlineData("12500.505", "Pounds and pence: at most two decimal places.")]
    [InlineData("£12,500", GrantImportRules.NotANumber)]
    [InlineData("12,500", GrantImportRules.NotANumber)]
    [InlineData("twelve", GrantImportRules.NotANumber)]
    [InlineData("0", "Must be more than nothing.")]
    [InlineData("-5", "Must be more than nothing.")]
    [InlineData("100000000.01", "At most £100,000,000.")]
    [InlineData("1e400", GrantImportRules.NotANumber)]
    public void AnAmountThatIsNotWholePenceIsAProblemInPlainWords(string text, string problem) =>
        Assert.Equal(problem, GrantImportRules.ParsePence(text).Problem);

    [Fact]
    public void EveryProblemNamesItsRowAndItsColumnInASheetOrItsPathInAPackage()
    {
        var row = GrantRows.Valid(12, (GrantField.Identifier, "hopetrust-1"), (GrantField.AmountAwarded, "£5"), (GrantField.Currency, "EUR"),
            (GrantField.AwardDate, "31/03/2025"), (GrantField.RecipientOrgId, "Hope Street"), (GrantField.Title, null));

        var sheet = GrantRows.Check(row, GrantImportFormat.Csv);
        var package = GrantRows.Check(row, GrantImportFormat.Json);

        Assert.Null(sheet.Grant);
        Assert.All(sheet.Problems, p => Assert.Equal(12, p.Row));
        Assert.Equal(["Amount Awarded", "Award Date", "Currency", "Identifier", "Recipient Org:Identifier", "Title"],
            sheet.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Equal(["amountAwarded", "awardDate", "currency", "id", "recipientOrganization[0].id", "title"],
            package.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Contains(sheet.Problems, p => p.Field == "Currency" && p.Message.Contains("pounds sterling (GBP) only", StringComparison.Ordinal));
        Assert.Contains(sheet.Problems, p => p.Field == "Award Date" && p.Message == "Write dates as YYYY-MM-DD, such as 2025-03-31.");
    }

    [Fact]
    public void WithoutPlannedDatesTheGrantTakesItsAwardDate()
    {
        var grant = GrantRows.Grant((GrantField.PlannedStartDate, null), (GrantField.PlannedEndDate, null));

        Assert.Equal((new DateOnly(2025, 3, 31), new DateOnly(2025, 3, 31)), (grant.PlannedStart, grant.PlannedEnd));
    }

    [Fact]
    public void AStartWithADurationEndsAfterThatManyMonthsAndPartialDatesCoverTheirMonthOrYear()
    {
        var byDuration = GrantRows.Grant((GrantField.PlannedEndDate, null), (GrantField.PlannedDuration, "24"));
        var partial = GrantRows.Grant((GrantField.PlannedStartDate, "2025-04"), (GrantField.PlannedEndDate, "2026"));
        var dateTimes = GrantRows.Grant((GrantField.AwardDate, "2025-03-31T23:30:00+01:00"));

        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2027, 3, 31)), (byDuration.PlannedStart, byDuration.PlannedEnd));
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2026, 12, 31)), (partial.PlannedStart, partial.PlannedEnd));
        Assert.Equal(new DateOnly(2025, 3, 31), dateTimes.AwardDate); // the date as written, whatever its offset
    }

    [Fact]
    public void AnEndBeforeItsStartAnAwardStillToComeAndAFractionOfAMonthAreProblems()
    {
        Assert.Equal(["Planned Dates:End Date"], GrantRows.Check(GrantRows.Valid(2, (GrantField.PlannedEndDate, "2025-03-01"))).Problems.Select(p => p.Field));
        Assert.Equal(["Award Date"], GrantRows.Check(GrantRows.Valid(2, (GrantField.AwardDate, "2026-01-06"))).Problems.Select(p => p.Field));
        Assert.Equal(["Planned Dates:Duration (months)"],
            GrantRows.Check(GrantRows.Valid(2, (GrantField.PlannedEndDate, null), (GrantField.PlannedDuration, "6.5"))).Problems.Select(p => p.Field));
    }

    [Fact]
    public void WithoutAGrantTypeAGrantIsAProjectAndThePortalsOwnVocabularyComesBack()
    {
        Assert.Equal(GrantType.Project, GrantRows.Grant().Type);
        Assert.Equal(GrantType.Core, GrantRows.Grant((GrantField.ClassificationVocabulary, "FunderPortal grant type"), (GrantField.ClassificationCode, "Core")).Type);
        Assert.Equal(GrantType.Project, GrantRows.Grant((GrantField.ClassificationVocabulary, "Other vocabulary"), (GrantField.ClassificationCode, "Core")).Type);
        Assert.Equal(["Classifications:Code"], GrantRows.Check(GrantRows.Valid(2,
            (GrantField.ClassificationVocabulary, "FunderPortal grant type"), (GrantField.ClassificationCode, "2"))).Problems.Select(p => p.Field));
    }

    [Fact]
    public void AGrantMadeByAnotherFunderIsRefusedAndAMissingCurrencyIsPounds()
    {
        var other = GrantRows.Check(GrantRows.Valid(2, (GrantField.FundingOrgId, "GB-CHC-9999999")));

        Assert.Equal("This grant was made by GB-CHC-9999999, not by this funder (GB-CHC-7654321).", Assert.Single(other.Problems).Message);
        Assert.NotNull(GrantRows.Check(GrantRows.Valid(2, (GrantField.Currency, null), (GrantField.FundingOrgId, null))).Grant);
    }

    [Theory]
    [InlineData("GB-CHC-1234567", true)]
    [InlineData("GB-COH-01234567", true)]
    [InlineData("360G-hopetrust-org-17", true)]
    [InlineData("Hope Street", false)]
    [InlineData("GB-CHC", false)]
    public void RecipientsAreOrgIdsOrTheFundersOwn360GIdentifiers(string id, bool valid) =>
        Assert.Equal(valid, GrantImportRules.IsRecipientId(id));

    [Fact]
    public void AnInvalidEmailIsLeftOutWithoutRefusingTheGrant()
    {
        var check = GrantRows.Check(GrantRows.Valid(2, (GrantField.RecipientOrgEmail, "not an address")));

        Assert.NotNull(check.Grant);
        Assert.Null(check.RecipientEmail);
    }

    [Fact]
    public void ARepeatedIdentifierIsAProblemOnTheLaterRowNamingTheFirst()
    {
        var firstRows = new Dictionary<string, int>();
        var first = GrantRows.Check(GrantRows.Valid(2)).Grant!;
        var again = GrantRows.Check(GrantRows.Valid(9)).Grant!;

        Assert.Null(GrantImportRules.Repeated(firstRows, first, GrantImportFormat.Csv));
        Assert.Equal(new GrantImportProblem(9, "Identifier", "The same identifier as row 2: each grant is imported once, from its first row."),
            GrantImportRules.Repeated(firstRows, again, GrantImportFormat.Csv));
    }

    [Fact]
    public void ASheetWithoutTheRequiredColumnsSaysWhichOnTheTitleRow()
    {
        var problems = GrantImportRules.MissingColumns([GrantField.Identifier, GrantField.Title, GrantField.AwardDate, GrantField.RecipientOrgName]);

        Assert.Equal(["Amount Awarded", "Recipient Org:Identifier"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal(1, p.Row));
    }

    [Theory]
    [InlineData("Recipient Org:Identifier", GrantField.RecipientOrgId)]
    [InlineData(" recipient org: identifier ", GrantField.RecipientOrgId)]
    [InlineData("\uFEFFIdentifier", GrantField.Identifier)]
    [InlineData("Planned Dates:Start Date", GrantField.PlannedStartDate)]
    [InlineData("Amount  Awarded", GrantField.AmountAwarded)]
    public void ColumnTitlesMatchTheStandardWhateverTheirCaseAndSpacing(string title, GrantField field) =>
        Assert.Equal(field, GrantFields.ForColumn(title));

    [Fact]
    public void AColumnTheImportDoesNotReadIsLeftAlone() => Assert.Null(GrantFields.ForColumn("Beneficiary Location:Name"));

    [Theory]
    [InlineData("grants.json", "{\"grants\":[]}", GrantImportFormat.Json)]
    [InlineData("grants.JSON", "\uFEFF  {", GrantImportFormat.Json)]
    [InlineData("grants.csv", "Identifier,Title", GrantImportFormat.Csv)]
    [InlineData("grants.json", "Identifier,Title", null)]
    [InlineData("grants.csv", "{\"grants\":[]}", null)]
    [InlineData("grants.txt", "Identifier,Title", null)]
    public void FilesAreRecognisedByTheirFirstBytesAndTheirName(string name, string head, GrantImportFormat? format) =>
        Assert.Equal(format, GrantFileTypes.Detect(System.Text.Encoding.UTF8.GetBytes(head), name));

    [Fact]
    public void AWorkbookIsAZipAndAZipIsNoCsv()
    {
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00];
        Assert.Equal(GrantImportFormat.Xlsx, GrantFileTypes.Detect(zip, "grants.xlsx"));
        Assert.Null(GrantFileTypes.Detect(zip, "grants.csv"));
        Assert.Null(GrantFileTypes.Detect("Identifier"u8, "grants.xlsx"));
    }
}
