namespace DualCreationBot.Services.Roster;

/// <summary>
/// Writes a roster in the format <see cref="IRosterFileReader"/> reads, so administrators can export
/// the current roster, edit it in Excel and upload it again.
/// </summary>
public static class RosterFileWriter
{
    /// <summary>
    /// UTF-8 with BOM (Excel needs the BOM to open Chinese CSV correctly), Chinese headers, CRLF.
    /// Rows go unit by unit with their secretaries, then the roles without a unit; a person's only
    /// account on a channel is repeated on each of their rows so every row stands on its own.
    /// </summary>
    public static void WriteCsv(RosterData roster, Stream output)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(output);
        var rows = Layout(roster);
        using var writer = new StreamWriter(output, RosterCsv.Utf8, bufferSize: 4096, leaveOpen: true);
        RosterCsv.WriteRecord(writer, RosterFormat.AllColumns.Select(RosterFormat.ChineseHeader));
        foreach (var row in rows)
        {
            RosterCsv.WriteRecord(writer, row);
        }
    }

    private static List<string[]> Layout(RosterData roster)
    {
        var rows = new List<(Unit? Unit, Person? Person, Role? Role)>();
        var known = roster.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in roster.Units)
        {
            var secretaries = roster.People
                .SelectMany(p => p.Roles.Where(r => r.UnitId == unit.Id).Select(r => (Person: p, r.Role)))
                .ToList();
            if (secretaries.Count == 0)
            {
                rows.Add((unit, null, null));
            }

            rows.AddRange(secretaries.Select(s => ((Unit?)unit, (Person?)s.Person, (Role?)s.Role)));
        }

        foreach (var person in roster.People)
        {
            // A role whose unit is not in the roster keeps its unit id; the reader will point at it.
            rows.AddRange(person.Roles
                .Where(r => r.UnitId is null || !known.Contains(r.UnitId))
                .Select(r => (r.UnitId is null ? null : new Unit(r.UnitId, string.Empty, UnitKind.Branch, null), (Person?)person, (Role?)r.Role)));
            if (person.Roles.Count == 0)
            {
                rows.Add((null, person, null));
            }
        }

        var cells = rows.Select(r => UnitAndPersonCells(r.Unit, r.Person, r.Role, known)).ToList();
        FillAccounts(roster, rows.Select(r => r.Person).ToList(), cells);
        return cells;
    }

    private static string[] UnitAndPersonCells(Unit? unit, Person? person, Role? role, HashSet<string> known)
    {
        var cells = new string[RosterFormat.AllColumns.Count];
        Array.Fill(cells, string.Empty);
        if (unit is not null)
        {
            cells[(int)RosterColumn.UnitId] = unit.Id;
            if (known.Contains(unit.Id))
            {
                cells[(int)RosterColumn.UnitName] = unit.Name;
                cells[(int)RosterColumn.UnitType] = RosterFormat.UnitTypeWord(unit.Kind);
                cells[(int)RosterColumn.ParentUnitId] = unit.ParentId ?? string.Empty;
            }
        }

        if (person is not null)
        {
            cells[(int)RosterColumn.PersonId] = person.Id;
            cells[(int)RosterColumn.Name] = person.Name;
            cells[(int)RosterColumn.Role] = role is { } r ? RosterFormat.RoleWord(r) : string.Empty;
        }

        return cells;
    }

    /// <summary>
    /// One account per channel goes on every row of its person; several go one per row,
    /// with extra role-less rows when a person has more accounts on a channel than rows.
    /// </summary>
    private static void FillAccounts(RosterData roster, List<Person?> rowPeople, List<string[]> cells)
    {
        foreach (var person in roster.People)
        {
            var mine = Enumerable.Range(0, rowPeople.Count).Where(i => ReferenceEquals(rowPeople[i], person)).ToList();
            foreach (var (column, channel) in RosterFormat.AccountColumns)
            {
                var accounts = person.Accounts.Where(a => string.Equals(a.Channel, channel, StringComparison.Ordinal)).ToList();
                if (accounts.Count == 1)
                {
                    mine.ForEach(i => cells[i][(int)column] = accounts[0].AccountId);
                    continue;
                }

                for (var k = 0; k < accounts.Count; k++)
                {
                    if (k == mine.Count)
                    {
                        var extra = UnitAndPersonCells(null, person, null, []);
                        cells.Add(extra);
                        mine.Add(cells.Count - 1);
                    }

                    cells[mine[k]][(int)column] = accounts[k].AccountId;
                }
            }
        }
    }
}
