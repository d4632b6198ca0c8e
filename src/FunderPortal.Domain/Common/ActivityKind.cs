namespace FunderPortal.Common;

/// <summary>The four kinds of co-production activity.</summary>
public enum ActivityKind
{
    /// <summary>Planning and designing services together.</summary>
    CoDesign,
    /// <summary>Deciding together how resources are used: job roles, shortlisting, interview panels, commissioning.</summary>
    CoDecision,
    /// <summary>Delivering together: training, peer mentoring, leading groups.</summary>
    CoDelivery,
    /// <summary>Evaluating together: collecting and analysing feedback, presenting findings.</summary>
    CoEvaluation,
}
