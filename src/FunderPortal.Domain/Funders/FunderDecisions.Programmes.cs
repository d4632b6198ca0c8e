using FunderPortal.Common;

namespace FunderPortal.Funders;

public static partial class FunderDecisions
{
    public static IReadOnlyList<FunderEvent> AddProgramme(FunderState state, string newId, ProgrammeDetails c)
    {
        ValidateProgramme(c);
        if (state.Programmes.Count >= FunderLimits.MaxProgrammes)
            throw new ConflictException($"A funder can have at most {FunderLimits.MaxProgrammes} programmes.");
        if (state.FindProgramme(newId) is not null)
            throw new ConflictException("A programme with that id already exists.");
        return [new ProgrammeAdded(newId, c.Title.Trim(), Text.Clean(c.Description))];
    }

    public static IReadOnlyList<FunderEvent> ChangeProgramme(FunderState state, string programmeId, ProgrammeDetails c)
    {
        var current = state.FindProgramme(programmeId)
            ?? throw new NotFoundException($"No programme '{programmeId}' at this funder.");
        ValidateProgramme(c);
        var changed = new Programme(programmeId, c.Title.Trim(), Text.Clean(c.Description));
        return changed == current ? [] : [new ProgrammeChanged(programmeId, changed.Title, changed.Description)];
    }

    private static void ValidateProgramme(ProgrammeDetails c)
    {
        var errors = new ErrorBag();
        errors.RequireText("title", c.Title, Limits.Title);
        errors.OptionalText("description", c.Description, Limits.ShortText);
        errors.ThrowIfAny();
    }
}
