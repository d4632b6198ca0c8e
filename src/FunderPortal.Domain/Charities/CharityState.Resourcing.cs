using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    /// <summary>Every line ever planned, withdrawn ones included (see <see cref="PlanLines"/>).</summary>
    public List<ResourcingLineState> ResourcingLines { get; set; } = [];

    /// <summary>The lines in the plan now, in the order they were planned.</summary>
    public IEnumerable<ResourcingLineState> PlanLines() => ResourcingLines.Where(l => !l.IsWithdrawn);

    /// <summary>A line still in the plan; null when unknown or withdrawn.</summary>
    public ResourcingLineState? FindResourcingLine(string id) => ResourcingLines.Find(l => l.Id == id && !l.IsWithdrawn);

    partial void ApplyResourcing(CharityEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case ResourcingLinePlanned e:
                ResourcingLines.Add(new ResourcingLineState { Id = e.LineId, Terms = e.Terms, PlannedAt = recordedAt, UpdatedAt = recordedAt });
                break;
            case ResourcingLineChanged e when FindResourcingLine(e.LineId) is { } line:
                line.Terms = e.Terms;
                line.UpdatedAt = recordedAt;
                break;
            case ResourcingLineWithdrawn e when FindResourcingLine(e.LineId) is { } line:
                line.WithdrawnAt = recordedAt;
                line.UpdatedAt = recordedAt;
                break;
            case LineFundingRecorded e when FindResourcingLine(e.LineId) is { } line:
                line.Funding.Add(new LineFunding(e.FundingId, e.Kind, e.AmountPence, e.FunderName, e.FunderOrgId, e.Note, recordedAt));
                line.UpdatedAt = recordedAt;
                break;
            case LineFundingChanged e when FindResourcingLine(e.LineId) is { } line:
                Replace(line.Funding, f => f.Id == e.FundingId,
                    new LineFunding(e.FundingId, e.Kind, e.AmountPence, e.FunderName, e.FunderOrgId, e.Note, recordedAt));
                line.UpdatedAt = recordedAt;
                break;
            case LineFundingRemoved e when FindResourcingLine(e.LineId) is { } line:
                line.Funding.RemoveAll(f => f.Id == e.FundingId);
                line.UpdatedAt = recordedAt;
                break;
            case PledgeOffered e when FindResourcingLine(e.LineId) is { } line:
                line.Pledges.Add(new Pledge(e.PledgeId, e.FunderOrgId, e.AmountPence, e.Note, PledgeStatus.Offered, recordedAt, e.OfferedBy,
                    FunderName: e.FunderName));
                line.UpdatedAt = recordedAt;
                if (e.FunderName is not null)
                    FunderNames[e.FunderOrgId] = e.FunderName;
                break;
            case PledgeAccepted e when FindResourcingLine(e.LineId)?.FindPledge(e.PledgeId) is { } pledge:
                Decide(e.LineId, pledge, PledgeStatus.Accepted, recordedAt);
                break;
            case PledgeDeclined e when FindResourcingLine(e.LineId)?.FindPledge(e.PledgeId) is { } pledge:
                Decide(e.LineId, pledge, PledgeStatus.Declined, recordedAt);
                break;
            case PledgeWithdrawn e when FindLineEvenWithdrawn(e.LineId)?.FindPledge(e.PledgeId) is { } pledge:
                Decide(e.LineId, pledge, PledgeStatus.Withdrawn, recordedAt);
                break;
        }
    }

    /// <summary>A line by id, withdrawn or not: a funder may still take back its offer on a line the plan no longer has.</summary>
    public ResourcingLineState? FindLineEvenWithdrawn(string id) => ResourcingLines.Find(l => l.Id == id);

    private void Decide(string lineId, Pledge pledge, PledgeStatus status, DateTimeOffset recordedAt)
    {
        var line = FindLineEvenWithdrawn(lineId)!;
        Replace(line.Pledges, p => p.Id == pledge.Id, pledge with { Status = status, DecidedAt = recordedAt });
        line.UpdatedAt = recordedAt;
    }
}
