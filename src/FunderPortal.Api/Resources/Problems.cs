namespace FunderPortal.Api.Resources;

/// <summary>
/// The API's problem titles (RFC 9457 <c>title</c>): the refusal table's, the host's own (429, idempotency, unreadable
/// requests) and the framework's defaults for empty answers (<c>Not Found</c>…). English is the text in the code; its Welsh
/// is in <c>Problems.cy.resx</c>, looked up by the English title (<see cref="Errors.ProblemLanguage"/>).
/// </summary>
public sealed class Problems;
