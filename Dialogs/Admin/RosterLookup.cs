using DualCreationBot.Services.Roster;

namespace DualCreationBot.Dialogs.Admin;

/// <summary>Finds a person or a unit by what an administrator types: the id, or the exact name.</summary>
internal static class RosterLookup
{
    public static Person? Person(RosterData roster, string? text)
    {
        var input = (text ?? string.Empty).Trim();
        return roster.People.FirstOrDefault(p => string.Equals(p.Id, input, StringComparison.OrdinalIgnoreCase))
            ?? roster.People.SingleOrDefault(p => string.Equals(p.Name, input, StringComparison.Ordinal));
    }

    public static Unit? Unit(RosterData roster, string? text)
    {
        var input = (text ?? string.Empty).Trim();
        return roster.Units.FirstOrDefault(u => string.Equals(u.Id, input, StringComparison.OrdinalIgnoreCase))
            ?? roster.Units.SingleOrDefault(u => string.Equals(u.Name, input, StringComparison.Ordinal));
    }
}
