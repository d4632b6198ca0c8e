using FunderPortal.Common;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Charities;

// The resourcing plan's rules. Bad input is 400 keyed by the JSON field (an unknown workstreamId included:
// it is a value in the body, not the resource addressed); an unknown line, funding entry or pledge in the
// route is 404; funding a line beyond what it costs is 409, because it depends on the line's other funding
// and may succeed once that changes.
public static partial class CharityDecisions
{
    public static IReadOnlyList<CharityEvent> PlanResourcingLine(CharityState state, string newId, ResourcingLineDetails c)
    {
        var terms = ValidateLine(state, c);
        if (state.PlanLines().Count() >= ResourcingLimits.Lines)
            throw new ConflictException($"A resourcing plan holds at most {ResourcingLimits.Lines} lines.");
        if (state.ResourcingLines.Exists(l => l.Id == newId))
            throw new ConflictException("A resourcing line with that id already exists.");
        return [new ResourcingLinePlanned(newId, terms)];
    }

    public static IReadOnlyList<CharityEvent> ChangeResourcingLine(CharityState state, string lineId, ResourcingLineDetails c)
    {
        var line = RequireResourcingLine(state, lineId);
        var terms = ValidateLine(state, c);
        var funded = ResourcingTotals.Funded(line.Funding, line.Pledges);
        var total = ResourcingTotals.LineTotal(terms);
        if (funded > total)
        {
            var (already, newTotal) = (ResourcingTotals.Pounds(funded), ResourcingTotals.Pounds(total));
            // One literal per message, so a page can show it in Welsh (Messages.cy.resx).
            throw new ConflictException($"The line is already funded {already}, more than its new total of {newTotal}: reduce its funding first.");
        }
        return terms == line.Terms ? [] : [new ResourcingLineChanged(lineId, terms)];
    }

    /// <summary>
    /// Takes the line out of the plan, with its self-funding. Refused while a funder's money is attached (committed,
    /// received, or an accepted pledge): that money stays visible against the line it was given for until the
    /// charity removes or declines it.
    /// </summary>
    public static IReadOnlyList<CharityEvent> WithdrawResourcingLine(CharityState state, string lineId)
    {
        var line = RequireResourcingLine(state, lineId);
        if (line.Funding.Exists(f => f.Kind != FundingKind.SelfFunded) || line.Pledges.Exists(p => p.Status == PledgeStatus.Accepted))
            throw new ConflictException("A funder's money is recorded against this line (committed, received or an accepted pledge): remove that funding or decline the pledge first.");
        return [new ResourcingLineWithdrawn(lineId)];
    }

    public static IReadOnlyList<CharityEvent> RecordLineFunding(CharityState state, string lineId, string newId, FundingDetails c)
    {
        var line = RequireResourcingLine(state, lineId);
        var (kind, amount) = ValidateFunding(c);
        if (line.Funding.Count >= ResourcingLimits.FundingEntriesPerLine)
            throw new ConflictException($"A line holds at most {ResourcingLimits.FundingEntriesPerLine} funding entries.");
        if (line.FindFunding(newId) is not null)
            throw new ConflictException("A funding entry with that id already exists.");
        EnsureFits(line, checked(ResourcingTotals.Funded(line.Funding, line.Pledges) + amount));
        return [new LineFundingRecorded(lineId, newId, kind, amount, Text.Clean(c.FunderName), Text.Clean(c.FunderOrgId), Text.Clean(c.Note))];
    }

    public static IReadOnlyList<CharityEvent> ChangeLineFunding(CharityState state, string lineId, string fundingId, FundingDetails c)
    {
        var line = RequireResourcingLine(state, lineId);
        var current = RequireFunding(line, fundingId);
        var (kind, amount) = ValidateFunding(c);
        EnsureFits(line, checked(ResourcingTotals.Funded(line.Funding, line.Pledges) - current.AmountPence + amount));
        var updated = current with
        {
            Kind = kind,
            AmountPence = amount,
            FunderName = Text.Clean(c.FunderName),
            FunderOrgId = Text.Clean(c.FunderOrgId),
            Note = Text.Clean(c.Note),
        };
        return updated == current
            ? []
            : [new LineFundingChanged(lineId, fundingId, kind, amount, updated.FunderName, updated.FunderOrgId, updated.Note)];
    }

    public static IReadOnlyList<CharityEvent> RemoveLineFunding(CharityState state, string lineId, string fundingId)
    {
        RequireFunding(RequireResourcingLine(state, lineId), fundingId);
        return [new LineFundingRemoved(lineId, fundingId)];
    }

    /// <summary>
    /// A funder's offer against a line, and its item in the charity's inbox. Who may offer is decided by the caller; here
    /// only the line and the amount matter. An offer may exceed the line's current gap (the charity chooses what to
    /// accept) but not what the line costs.
    /// </summary>
    public static IReadOnlyList<CharityEvent> OfferPledge(
        CharityState state, string lineId, string newId, FunderRef funder, long amountPence, string? note, string offeredBy)
    {
        var line = RequireResourcingLine(state, lineId);
        var errors = new ErrorBag();
        OrgId.Check(errors, "funderOrgId", funder.OrgId);
        Amount(errors, "amountPence", amountPence);
        errors.OptionalText("note", note, Limits.ShortText);
        errors.ThrowIfAny();

        if (line.Pledges.Count >= ResourcingLimits.PledgesPerLine)
            throw new ConflictException($"A line holds at most {ResourcingLimits.PledgesPerLine} pledges.");
        if (line.FindPledge(newId) is not null)
            throw new ConflictException("A pledge with that id already exists.");
        var total = ResourcingTotals.LineTotal(line.Terms);
        if (amountPence > total)
            throw new ConflictException($"The pledge of {ResourcingTotals.Pounds(amountPence)} is more than the line costs ({ResourcingTotals.Pounds(total)}).");
        return
        [
            new PledgeOffered(lineId, newId, funder.OrgId, amountPence, Text.Clean(note), offeredBy, funder.Name),
            .. ReceiveInboxItem(state, InboxItemNotice.Of(InboxItemKind.PledgeOffered, funder,
                Say("Pledge of {0} towards {1}", ResourcingTotals.Pounds(amountPence), line.Terms.Description), InboxLinks.PlanLine(state.OrgId, lineId), newId)),
        ];
    }

    /// <summary>
    /// The funder takes back its offer, while the charity has neither accepted nor declined it (409 after), even on a line
    /// since withdrawn from the plan; the charity's inbox says so. Another funder's pledge is not found.
    /// </summary>
    public static IReadOnlyList<CharityEvent> WithdrawPledge(CharityState state, string lineId, string pledgeId, string funderOrgId)
    {
        var line = state.FindLineEvenWithdrawn(lineId);
        if (line?.FindPledge(pledgeId) is not { } pledge || pledge.FunderOrgId != funderOrgId)
            throw new NotFoundException($"No pledge '{pledgeId}' from this funder on that line.");
        if (pledge.Status != PledgeStatus.Offered)
        {
            throw new ConflictException($"This pledge was {pledge.Status.ToString().ToLowerInvariant()} already: "
                + "only an offer the charity has not answered can be withdrawn.");
        }
        return
        [
            new PledgeWithdrawn(lineId, pledgeId),
            .. ReceiveInboxItem(state, InboxItemNotice.Of(InboxItemKind.PledgeWithdrawn, new FunderRef(funderOrgId, pledge.FunderName ?? state.Funder(funderOrgId).Name),
                Say("Pledge of {0} towards {1} withdrawn", ResourcingTotals.Pounds(pledge.AmountPence), line.Terms.Description), InboxLinks.PlanLine(state.OrgId, lineId), pledgeId)),
        ];
    }

    /// <summary>Accepting counts the pledge as funding, so it must fit in the line's gap. Accepting twice changes nothing; a declined pledge stays declined.</summary>
    public static IReadOnlyList<CharityEvent> AcceptPledge(CharityState state, string lineId, string pledgeId)
    {
        var line = RequireResourcingLine(state, lineId);
        var pledge = RequirePledge(line, pledgeId);
        switch (pledge.Status)
        {
            case PledgeStatus.Accepted:
                return [];
            case PledgeStatus.Declined:
                throw new ConflictException("This pledge was declined; the funder can offer again.");
            case PledgeStatus.Withdrawn:
                throw new ConflictException("The funder withdrew this pledge.");
        }
        EnsureFits(line, checked(ResourcingTotals.Funded(line.Funding, line.Pledges) + pledge.AmountPence));
        return [new PledgeAccepted(lineId, pledgeId)];
    }

    /// <summary>
    /// Declines an offered pledge, or releases an accepted one (it stops counting as funding). Declining twice changes
    /// nothing; a pledge the funder withdrew is no longer the charity's to answer.
    /// </summary>
    public static IReadOnlyList<CharityEvent> DeclinePledge(CharityState state, string lineId, string pledgeId)
    {
        var pledge = RequirePledge(RequireResourcingLine(state, lineId), pledgeId);
        return pledge.Status switch
        {
            PledgeStatus.Declined => [],
            PledgeStatus.Withdrawn => throw new ConflictException("The funder withdrew this pledge."),
            _ => [new PledgeDeclined(lineId, pledgeId)],
        };
    }

    public static ResourcingLineState RequireResourcingLine(CharityState state, string lineId) =>
        state.FindResourcingLine(lineId) ?? throw new NotFoundException($"No resourcing line '{lineId}' in this charity's plan.");

    public static LineFunding RequireFunding(ResourcingLineState line, string fundingId) =>
        line.FindFunding(fundingId) ?? throw new NotFoundException($"No funding entry '{fundingId}' on this line.");

    private static Pledge RequirePledge(ResourcingLineState line, string pledgeId) =>
        line.FindPledge(pledgeId) ?? throw new NotFoundException($"No pledge '{pledgeId}' on this line.");

    private static void EnsureFits(ResourcingLineState line, long funded)
    {
        var total = ResourcingTotals.LineTotal(line.Terms);
        if (funded > total)
        {
            var (wouldBe, costs, gap) = (ResourcingTotals.Pounds(funded), ResourcingTotals.Pounds(total),
                ResourcingTotals.Pounds(total - ResourcingTotals.Funded(line.Funding, line.Pledges)));
            throw new ConflictException($"That would fund the line {wouldBe}, more than it costs ({costs}); its gap is {gap}.");
        }
    }

    private static ResourcingLineTerms ValidateLine(CharityState state, ResourcingLineDetails c)
    {
        var errors = new ErrorBag();
        if (c.Category is null)
            errors.Add("category", $"Required: one of {string.Join(", ", Enum.GetNames<ResourcingCategory>())}.");
        errors.Defined("category", c.Category);
        errors.RequireText("description", c.Description, Limits.ShortText);
        errors.RequireText("unit", c.Unit, ResourcingLimits.Unit);
        Currency(errors, c.Currency);

        if (c.Quantity is null)
            errors.Add("quantity", "Required: a whole number of units, 1 or more.");
        else if (c.Quantity < 1 || c.Quantity > ResourcingLimits.MaxQuantity)
            errors.Add("quantity", $"A whole number of units from 1 to {ResourcingLimits.MaxQuantity}.");
        if (c.UnitCostPence is null)
            errors.Add("unitCostPence", "Required: what one unit costs, in whole pence.");
        else if (c.UnitCostPence < 0)
            errors.Add("unitCostPence", "Whole pence, 0 or more: a cost is never negative.");
        else if (c.UnitCostPence > ResourcingLimits.MaxLinePence)
            Amount(errors, "unitCostPence", c.UnitCostPence.Value, minimum: 0);
        else if (c.Quantity >= 1 && !ResourcingTotals.TryLineTotal(c.Quantity.Value, c.UnitCostPence.Value, out _))
            errors.Add("unitCostPence", $"quantity × unitCostPence comes to more than {ResourcingTotals.Pounds(ResourcingLimits.MaxLinePence)}, the most one line can hold: split it into several lines.");

        if (c.PeriodStart is null)
            errors.Add("periodStart", "Required: the first day the line covers (YYYY-MM-DD).");
        if (c.PeriodEnd is null)
            errors.Add("periodEnd", "Required: the last day the line covers (YYYY-MM-DD).");
        errors.Date("periodStart", c.PeriodStart);
        errors.Date("periodEnd", c.PeriodEnd);
        if (c.PeriodStart is { } start && c.PeriodEnd is { } end && end < start)
            errors.Add("periodEnd", "The period cannot end before it starts.");

        var workstreamId = Text.Clean(c.WorkstreamId);
        if (workstreamId is not null && state.FindWorkstream(workstreamId) is null)
            errors.Add("workstreamId", "No workstream with this id in this charity.");

        // The extra fields belong to one category each; while the category is unknown they are left unjudged.
        var category = c.Category is { } known && Enum.IsDefined(known) ? known : (ResourcingCategory?)null;
        if (category == ResourcingCategory.ParticipantPayment)
        {
            if (c.Hours is null)
                errors.Add("hours", "Required for a participant payment: the hours paid for, a whole number.");
            else
                errors.Range("hours", c.Hours.Value, 1, ResourcingLimits.MaxHours);
            if (c.HourlyRatePence is null)
                errors.Add("hourlyRatePence", "Required for a participant payment: the hourly rate, in whole pence.");
            else
                Amount(errors, "hourlyRatePence", c.HourlyRatePence.Value, minimum: 0);
            if (c.SameRateAsStaff is null)
                errors.Add("sameRateAsStaff", "Required for a participant payment: are participants paid the same rate as staff?");
            errors.Defined("payment", c.Payment);
            errors.OptionalText("paymentReason", c.PaymentReason, ResourcingLimits.PaymentReason);
        }
        else if (category is not null)
        {
            OnlyFor(errors, "hours", c.Hours is not null, ResourcingCategory.ParticipantPayment);
            OnlyFor(errors, "hourlyRatePence", c.HourlyRatePence is not null, ResourcingCategory.ParticipantPayment);
            OnlyFor(errors, "sameRateAsStaff", c.SameRateAsStaff is not null, ResourcingCategory.ParticipantPayment);
            OnlyFor(errors, "payment", c.Payment is not null, ResourcingCategory.ParticipantPayment);
            OnlyFor(errors, "paymentReason", c.PaymentReason is not null, ResourcingCategory.ParticipantPayment);
        }
        if (category == ResourcingCategory.Accessibility)
            errors.RequireText("support", c.Support, Limits.Title);
        else if (category is not null)
            OnlyFor(errors, "support", c.Support is not null, ResourcingCategory.Accessibility);
        errors.ThrowIfAny();

        var payment = c.Category == ResourcingCategory.ParticipantPayment;
        return new ResourcingLineTerms(c.Category!.Value, c.Description!.Trim(), c.Quantity!.Value, c.Unit!.Trim(), c.UnitCostPence!.Value,
            c.PeriodStart!.Value, c.PeriodEnd!.Value, workstreamId,
            payment ? c.Hours : null, payment ? c.HourlyRatePence : null, payment ? c.SameRateAsStaff : null,
            c.Category == ResourcingCategory.Accessibility ? c.Support!.Trim() : null,
            payment ? c.Payment ?? Rounds.PaymentChoice.Paid : null, payment ? Text.Clean(c.PaymentReason) : null);
    }

    private static (FundingKind Kind, long AmountPence) ValidateFunding(FundingDetails c)
    {
        var errors = new ErrorBag();
        if (c.Kind is null)
            errors.Add("kind", $"Required: one of {string.Join(", ", Enum.GetNames<FundingKind>())}.");
        errors.Defined("kind", c.Kind);
        if (c.AmountPence is null)
            errors.Add("amountPence", "Required: the amount in whole pence.");
        else
            Amount(errors, "amountPence", c.AmountPence.Value);
        Currency(errors, c.Currency);
        errors.OptionalText("funderName", c.FunderName, Limits.Name);
        if (c.FunderOrgId is not null)
            OrgId.Check(errors, "funderOrgId", c.FunderOrgId);
        errors.OptionalText("note", c.Note, Limits.ShortText);

        var namesFunder = Text.Clean(c.FunderName) is not null || c.FunderOrgId is not null;
        if (c.Kind is (FundingKind.Committed or FundingKind.Received) && !namesFunder)
            errors.Add("funderName", "Say who the money is from: funderName, funderOrgId or both.");
        if (c.Kind == FundingKind.SelfFunded && namesFunder)
            errors.Add(c.FunderOrgId is not null ? "funderOrgId" : "funderName", "Self-funding is the charity's own money: name no funder.");
        errors.ThrowIfAny();
        return (c.Kind!.Value, c.AmountPence!.Value);
    }

    /// <summary>An amount of whole pence from <paramref name="minimum"/> (1 unless said) up to £100m.</summary>
    private static void Amount(ErrorBag errors, string field, long pence, long minimum = 1)
    {
        if (pence < minimum || pence > ResourcingLimits.MaxLinePence)
            errors.Add(field, $"Whole pence from {minimum} to {ResourcingLimits.MaxLinePence} ({ResourcingTotals.Pounds(ResourcingLimits.MaxLinePence)}).");
    }

    private static void Currency(ErrorBag errors, string? currency)
    {
        if (currency is not null && currency != ResourcingLimits.Currency)
            errors.Add("currency", $"Only {ResourcingLimits.Currency}: every amount is whole pence sterling.");
    }

    private static void OnlyFor(ErrorBag errors, string field, bool given, ResourcingCategory category)
    {
        if (given)
            errors.Add(field, $"Only for {category} lines.");
    }
}
