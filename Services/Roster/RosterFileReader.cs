using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace DualCreationBot.Services.Roster;

/// <summary>
/// Reads the one-table roster (one row per person and role; columns in docs/roster-format.md)
/// from CSV (UTF-8) or XLSX (first sheet), and checks it whole: every problem is reported with
/// its row number, so an administrator can fix the file in one pass.
/// </summary>
internal sealed class RosterFileReader : IRosterFileReader
{
    /// <summary>Data rows, header not counted. Far above one university's units and people, low enough to refuse a wrong file fast.</summary>
    internal const int MaxRows = 5000;

    public RosterReadResult Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? string.Empty);
        var problems = new List<RowProblem>();
        List<string[]>? records;
        if (string.Equals(extension, ".csv", StringComparison.OrdinalIgnoreCase))
        {
            records = ReadCsv(content, problems);
        }
        else if (string.Equals(extension, ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            records = ReadXlsx(content, fileName!, problems);
        }
        else
        {
            problems.Add(new(0, RosterTexts.Format("UnsupportedFormat", string.IsNullOrEmpty(extension) ? fileName ?? string.Empty : extension)));
            records = null;
        }

        if (records is null || problems.Count > 0)
        {
            return Failed(problems);
        }

        return new RosterTable(records).Interpret();
    }

    private static RosterReadResult Failed(List<RowProblem> problems) =>
        new(null, [.. problems.OrderBy(p => p.Row).Select(p => p.Message)]);

    private static List<string[]>? ReadCsv(Stream content, List<RowProblem> problems)
    {
        // The encoding's preamble is the UTF-8 BOM, which StreamReader then skips when present.
        using var reader = new StreamReader(content, RosterCsv.Utf8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        try
        {
            var records = RosterCsv.Read(reader, MaxRows + 1, out var truncated, out var unclosed);
            if (truncated)
            {
                problems.Add(new(MaxRows + 2, RosterTexts.Format("TooManyRows", MaxRows)));
            }

            if (unclosed is { } row)
            {
                problems.Add(new(row, RosterTexts.Format("UnclosedQuote", row)));
            }

            return records;
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new(0, RosterTexts.Get("NotUtf8")));
            return null;
        }
    }

    /// <summary>
    /// Reads the first sheet without a header row, so that a header-only or oddly headed sheet is
    /// still seen and reported, and numbers and dates in cells come back as the text Excel shows.
    /// </summary>
    private static List<string[]>? ReadXlsx(Stream content, string fileName, List<RowProblem> problems)
    {
        try
        {
            // The zip reader needs to seek; an upload stream often cannot.
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            if (buffer.Length == 0)
            {
                return [];
            }

            buffer.Position = 0;
            var records = new List<string[]>();
            foreach (IDictionary<string, object?> row in MiniExcel.Query(buffer, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                if (records.Count == MaxRows + 1)
                {
                    problems.Add(new(MaxRows + 2, RosterTexts.Format("TooManyRows", MaxRows)));
                    break;
                }

                records.Add([.. row.Values.Select(CellText)]);
            }

            return records;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // MiniExcel and the zip reader throw many kinds for a damaged or mislabelled file; all mean the same to the user.
            problems.Add(new(0, RosterTexts.Format("UnreadableXlsx", Path.GetFileName(fileName))));
            return null;
        }
    }

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private readonly record struct RowProblem(int Row, string Message);

    /// <summary>The records of one file (header first) turned into units and people.</summary>
    private sealed class RosterTable(List<string[]> records)
    {
        private readonly List<RowProblem> problems = [];
        private readonly Dictionary<RosterColumn, int> columns = [];
        private readonly Dictionary<string, UnitDraft> units = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PersonDraft> people = new(StringComparer.Ordinal);

        /// <summary>Who holds each account; account ids compare without case like <see cref="RosterData.FindByAccount"/>.</summary>
        private readonly Dictionary<(string Channel, string Id), (PersonDraft Person, int Row)> accountOwners = new(AccountKeyComparer.Instance);

        public RosterReadResult Interpret()
        {
            if (!ReadHeader())
            {
                return Failed(problems);
            }

            for (var i = 1; i < records.Count; i++)
            {
                ReadRow(i + 1, records[i]);
            }

            CheckUnits();
            CheckPeople();
            if (problems.Count == 0 && units.Count == 0 && people.Count == 0)
            {
                problems.Add(new(2, RosterTexts.Get("NoContent")));
            }

            if (problems.Count > 0)
            {
                return Failed(problems);
            }

            var roster = new RosterData(
                [.. units.Values.Select(u => new Unit(u.Id, u.Name!, u.Kind!.Value, u.Kind == UnitKind.Branch ? u.Parent : null))],
                [.. people.Values.Select(p => new Person(p.Id, p.Name!, [.. p.Roles.Select(r => r.Assignment)], [.. p.OrderedAccounts()]))]);
            return new(roster, []);
        }

        private bool ReadHeader()
        {
            if (records.Count == 0 || records[0].All(string.IsNullOrWhiteSpace))
            {
                problems.Add(new(1, RosterTexts.Format("NoHeader", ExpectedHeaders())));
                return false;
            }

            var header = records[0];
            for (var i = 0; i < header.Length; i++)
            {
                if (RosterFormat.ColumnOf(header[i].Trim()) is not { } column)
                {
                    continue;
                }

                if (columns.TryGetValue(column, out var earlier))
                {
                    problems.Add(new(1, RosterTexts.Format("DuplicateColumn", ColumnName(column), earlier + 1, i + 1)));
                }
                else
                {
                    columns[column] = i;
                }
            }

            if (columns.Count == 0)
            {
                problems.Add(new(1, RosterTexts.Format("HeaderNotRecognised", ExpectedHeaders())));
                return false;
            }

            var missing = RosterFormat.RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new(1, RosterTexts.Format("MissingColumns", string.Join(RosterTexts.Get("ListSeparator"), missing.Select(ColumnName)))));
            }

            return problems.Count == 0;
        }

        private static string ExpectedHeaders() => string.Join(
            RosterTexts.Get("ListSeparator"),
            RosterFormat.AllColumns.Select(c => RosterFormat.ChineseHeader(c) + " [" + RosterFormat.EnglishHeader(c) + "]"));

        private static string ColumnName(RosterColumn column) => RosterTexts.Get("Column." + column);

        private string Cell(string[] record, RosterColumn column) =>
            columns.TryGetValue(column, out var index) && index < record.Length ? record[index].Trim() : string.Empty;

        private void Problem(int row, string name, params object[] args) =>
            problems.Add(new(row, RosterTexts.Format(name, [row, .. args])));

        private void ReadRow(int row, string[] record)
        {
            if (record.All(string.IsNullOrWhiteSpace))
            {
                return;
            }

            var unit = ReadUnit(row, record);
            ReadPerson(row, record, unit);
        }

        /// <summary>Declares or repeats the row's unit; a cell left empty states nothing, a different value conflicts.</summary>
        private UnitDraft? ReadUnit(int row, string[] record)
        {
            var id = Cell(record, RosterColumn.UnitId);
            var name = Cell(record, RosterColumn.UnitName);
            var typeText = Cell(record, RosterColumn.UnitType);
            var parent = Cell(record, RosterColumn.ParentUnitId);
            if (id.Length == 0)
            {
                if (name.Length > 0 || typeText.Length > 0 || parent.Length > 0)
                {
                    Problem(row, "UnitIdMissing");
                }

                return null;
            }

            if (!units.TryGetValue(id, out var unit))
            {
                unit = new UnitDraft(id, row);
                units[id] = unit;
            }

            if (name.Length > 0)
            {
                if (unit.Name is null)
                {
                    (unit.Name, unit.NameRow) = (name, row);
                }
                else if (!string.Equals(unit.Name, name, StringComparison.Ordinal))
                {
                    Problem(row, "UnitNameConflict", id, name, unit.NameRow, unit.Name);
                }
            }

            if (typeText.Length > 0)
            {
                if (RosterFormat.ParseUnitType(typeText) is not { } kind)
                {
                    Problem(row, "UnitTypeUnknown", typeText);
                }
                else if (unit.Kind is null)
                {
                    (unit.Kind, unit.KindRow) = (kind, row);
                }
                else if (unit.Kind != kind)
                {
                    Problem(row, "UnitTypeConflict", id, KindName(kind), unit.KindRow, KindName(unit.Kind.Value));
                }
            }

            if (parent.Length > 0)
            {
                if (unit.Parent is null)
                {
                    (unit.Parent, unit.ParentRow) = (parent, row);
                }
                else if (!string.Equals(unit.Parent, parent, StringComparison.Ordinal))
                {
                    Problem(row, "UnitParentConflict", id, parent, unit.ParentRow, unit.Parent);
                }
            }

            return unit;
        }

        private void ReadPerson(int row, string[] record, UnitDraft? unit)
        {
            var id = Cell(record, RosterColumn.PersonId);
            var name = Cell(record, RosterColumn.Name);
            var roleText = Cell(record, RosterColumn.Role);
            var accounts = RosterFormat.AccountColumns
                .Select(a => (a.Column, a.Channel, Id: Cell(record, a.Column)))
                .Where(a => a.Id.Length > 0)
                .ToList();
            if (id.Length == 0)
            {
                if (name.Length > 0 || roleText.Length > 0 || accounts.Count > 0)
                {
                    Problem(row, "PersonIdMissing");
                }

                return;
            }

            if (!people.TryGetValue(id, out var person))
            {
                person = new PersonDraft(id, row);
                people[id] = person;
            }

            if (name.Length > 0)
            {
                if (person.Name is null)
                {
                    (person.Name, person.NameRow) = (name, row);
                }
                else if (!string.Equals(person.Name, name, StringComparison.Ordinal))
                {
                    Problem(row, "NameConflict", id, name, person.NameRow, person.Name);
                }
            }

            // A row without a role may still add accounts; a person with no role anywhere is reported later.
            if (roleText.Length > 0)
            {
                person.RoleStated = true;
                if (RosterFormat.ParseRole(roleText) is not { } role)
                {
                    Problem(row, "RoleUnknown", roleText);
                }
                else
                {
                    var unitId = RosterFormat.SecretaryUnitKind(role) is null ? null : unit?.Id;
                    if (RosterFormat.SecretaryUnitKind(role) is { } needed && unit is null)
                    {
                        Problem(row, "SecretaryWithoutUnit", roleText, KindName(needed));
                    }
                    else if (!person.Roles.Any(r => r.Assignment == new RoleAssignment(role, unitId)))
                    {
                        person.Roles.Add((new RoleAssignment(role, unitId), row, roleText));
                    }
                }
            }

            foreach (var (column, channel, accountId) in accounts)
            {
                AddAccount(row, person, column, channel, accountId);
            }
        }

        private void AddAccount(int row, PersonDraft person, RosterColumn column, string channel, string accountId)
        {
            if (column == RosterColumn.TeamsAadObjectId && !Guid.TryParse(accountId, out _))
            {
                Problem(row, "AadObjectIdInvalid", accountId);
                return;
            }

            if (column == RosterColumn.TeamsUpn && (accountId.IndexOf('@', StringComparison.Ordinal) <= 0 || accountId.Any(char.IsWhiteSpace)))
            {
                Problem(row, "UpnInvalid", accountId);
                return;
            }

            if (accountOwners.TryGetValue((channel, accountId), out var owner))
            {
                if (owner.Person != person)
                {
                    Problem(row, "AccountTaken", ColumnName(column), accountId, owner.Row, owner.Person.Id, owner.Person.Name ?? string.Empty);
                }

                return;
            }

            accountOwners[(channel, accountId)] = (person, row);
            person.Accounts.Add((column, new ChannelAccount(channel, accountId)));
        }

        /// <summary>What can only be judged once every row is read: missing facts and the links between units.</summary>
        private void CheckUnits()
        {
            foreach (var unit in units.Values)
            {
                if (unit.Name is null)
                {
                    Problem(unit.FirstRow, "UnitNameMissing", unit.Id);
                }

                switch (unit.Kind)
                {
                    case null:
                        Problem(unit.FirstRow, "UnitTypeMissing", unit.Id);
                        break;
                    case UnitKind.GeneralBranch when unit.Parent is not null:
                        Problem(unit.ParentRow, "GeneralBranchWithParent", unit.Id, unit.Parent);
                        break;
                    case UnitKind.Branch when unit.Parent is null:
                        Problem(unit.KindRow, "BranchWithoutParent", unit.Id);
                        break;
                    case UnitKind.Branch when !units.ContainsKey(unit.Parent!):
                        Problem(unit.ParentRow, "ParentNotFound", unit.Id, unit.Parent!);
                        break;
                    case UnitKind.Branch when units[unit.Parent!].Kind == UnitKind.Branch:
                        Problem(unit.ParentRow, "ParentNotGeneralBranch", unit.Id, unit.Parent!, units[unit.Parent!].Name ?? string.Empty);
                        break;
                    default:
                        break;
                }
            }
        }

        private void CheckPeople()
        {
            foreach (var person in people.Values)
            {
                if (person.Name is null)
                {
                    Problem(person.FirstRow, "NameMissing", person.Id);
                }

                if (!person.RoleStated)
                {
                    Problem(person.FirstRow, "NoRole", person.Id, person.Name ?? string.Empty);
                }

                foreach (var (assignment, row, roleText) in person.Roles)
                {
                    if (RosterFormat.SecretaryUnitKind(assignment.Role) is { } needed &&
                        units[assignment.UnitId!] is { Kind: { } actual } unit &&
                        actual != needed)
                    {
                        Problem(row, "SecretaryWrongKind", roleText, KindName(needed), unit.Id, unit.Name ?? string.Empty, KindName(actual));
                    }
                }
            }
        }

        private static string KindName(UnitKind kind) => RosterTexts.Get("Kind." + kind);
    }

    private sealed class UnitDraft(string id, int firstRow)
    {
        public string Id { get; } = id;

        public int FirstRow { get; } = firstRow;

        public string? Name { get; set; }

        public int NameRow { get; set; }

        public UnitKind? Kind { get; set; }

        public int KindRow { get; set; }

        public string? Parent { get; set; }

        public int ParentRow { get; set; }
    }

    private sealed class PersonDraft(string id, int firstRow)
    {
        public string Id { get; } = id;

        public int FirstRow { get; } = firstRow;

        public string? Name { get; set; }

        public int NameRow { get; set; }

        /// <summary>Whether any row gave a role, valid or not: an unrecognised role is reported once, not twice.</summary>
        public bool RoleStated { get; set; }

        public List<(RoleAssignment Assignment, int Row, string RoleText)> Roles { get; } = [];

        public List<(RosterColumn Column, ChannelAccount Account)> Accounts { get; } = [];

        /// <summary>Accounts by column, then as first met: the same roster always reads to the same lists.</summary>
        public IEnumerable<ChannelAccount> OrderedAccounts() => Accounts.OrderBy(a => a.Column).Select(a => a.Account);
    }

    private sealed class AccountKeyComparer : IEqualityComparer<(string Channel, string Id)>
    {
        public static readonly AccountKeyComparer Instance = new();

        public bool Equals((string Channel, string Id) x, (string Channel, string Id) y) =>
            string.Equals(x.Channel, y.Channel, StringComparison.Ordinal) && string.Equals(x.Id, y.Id, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Channel, string Id) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Channel), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Id));
    }
}
