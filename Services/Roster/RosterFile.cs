namespace DualCreationBot.Services.Roster;

/// <summary>Reads a roster file (CSV or XLSX; columns in docs/roster-format.md) into <see cref="RosterData"/>.</summary>
public interface IRosterFileReader
{
    /// <summary>Parses <paramref name="content"/>; <paramref name="fileName"/> tells the format by its extension.</summary>
    RosterReadResult Read(Stream content, string fileName);
}

/// <summary>The roster read, or the problems found (row number and what is wrong, in the user's language).</summary>
public sealed record RosterReadResult(RosterData? Roster, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Roster is not null && Problems.Count == 0;
}
