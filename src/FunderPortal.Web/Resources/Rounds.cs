namespace FunderPortal.Web.Resources;

/// <summary>Grant rounds: public rounds, applying, running a round and the panel (Pages/Rounds/). English is the text in the code; its Welsh is in <c>Rounds.cy.resx</c>.</summary>
public sealed class Rounds;
