using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>
/// The funder's rules as pure functions: given the current state and a request, either the events that record it or an
/// exception that refuses it. Access is checked by the caller (<see cref="OrganisationAccess"/>). Members and verification
/// are decided as every organisation's are (<see cref="Memberships"/>, <see cref="VerificationRules"/>); each feature's
/// rules are in a file of its own (FunderDecisions.&lt;Feature&gt;.cs).
/// </summary>
public static partial class FunderDecisions;
